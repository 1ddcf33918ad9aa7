import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadEnv } from "vite";
import type { PlaceholderValues } from "./fill-manifest.ts";

/** Where `npm start` serves the app over HTTPS for Teams and Outlook on a developer's machine. */
export const LOCAL_APP_URL = "https://localhost:3000";
/** Stands in for the Entra client ID until one is configured; obviously not a real application. */
export const PLACEHOLDER_CLIENT_ID = "00000000-0000-0000-0000-000000000000";
/** The publisher's site (developer website, privacy and terms pages) until a real one is configured. */
export const EXAMPLE_PUBLISHER_URL = "https://www.example.com/momentum";

/** The environment variables an app package is built from (see `.env.example`). */
export interface PackageEnvironment {
  readonly APP_URL?: string;
  readonly VITE_APP_URL?: string;
  readonly VITE_CLIENT_ID?: string;
  readonly PUBLISHER_URL?: string;
}

/** The value of each placeholder in `manifest.template.json` and its localization files. */
export interface PackageSettings extends PlaceholderValues {
  /** Where the built app is served, without a trailing slash, e.g. `https://momentum.example.com`. */
  readonly APP_URL: string;
  /** Host (and port) of `APP_URL`, the domain Teams and Outlook may load. */
  readonly APP_HOST: string;
  readonly CLIENT_ID: string;
  readonly PUBLISHER_URL: string;
  /** The app's version in `n.n.n` form, which Teams and Outlook use to notice an updated package. */
  readonly APP_VERSION: string;
}

/** A configuration value that cannot go into a manifest; the message says which variable and why. */
export class PackageSettingsError extends Error {
  override readonly name = "PackageSettingsError";
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const APP_VERSION = /^\d{1,5}\.\d{1,5}\.\d{1,5}$/;

export function resolvePackageSettings(env: PackageEnvironment, appVersion: string): PackageSettings {
  const appUrlVariable = env.APP_URL?.trim() ? "APP_URL" : "VITE_APP_URL";
  const appUrl = httpsUrl(appUrlVariable, env.APP_URL?.trim() || env.VITE_APP_URL?.trim() || LOCAL_APP_URL);
  const publisherUrl = httpsUrl("PUBLISHER_URL", env.PUBLISHER_URL?.trim() || EXAMPLE_PUBLISHER_URL);
  const clientId = env.VITE_CLIENT_ID?.trim() || PLACEHOLDER_CLIENT_ID;
  if (!GUID.test(clientId)) {
    throw new PackageSettingsError(
      `VITE_CLIENT_ID must be the Entra application (client) ID, a GUID; got "${clientId}"`,
    );
  }
  if (!APP_VERSION.test(appVersion)) {
    throw new PackageSettingsError(
      `The package.json version must be n.n.n (up to five digits each) for Teams and Outlook; got "${appVersion}"`,
    );
  }
  return {
    APP_URL: withoutTrailingSlash(appUrl.href),
    APP_HOST: appUrl.host,
    CLIENT_ID: clientId.toLowerCase(),
    PUBLISHER_URL: withoutTrailingSlash(publisherUrl.href),
    APP_VERSION: appVersion,
  };
}

/** Reads the package's variables from the process environment and `.env`, `.env.local`, `.env.[mode]` files in `root`. */
export function readPackageEnvironment(root: string, mode: string): PackageEnvironment {
  // Vite's own loader, so that the package sees exactly the values the app build sees; the process environment wins.
  return loadEnv(mode, root, ["VITE_", "APP_URL", "PUBLISHER_URL"]);
}

export function readAppVersion(root: string): string {
  const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version?: unknown };
  return typeof version === "string" ? version : "";
}

function httpsUrl(variable: string, value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new PackageSettingsError(`${variable} must be an absolute https:// URL; got "${value}"`);
  }
  // Teams and Outlook load tabs, task panes and ribbon icons only over HTTPS.
  if (url.protocol !== "https:") {
    throw new PackageSettingsError(
      `${variable} must use https://, as Teams and Outlook require; got "${value}"`,
    );
  }
  if (url.search || url.hash) {
    throw new PackageSettingsError(`${variable} must not have a query or fragment; got "${value}"`);
  }
  return url;
}

function withoutTrailingSlash(url: string): string {
  return url.replace(/\/+$/, "");
}
