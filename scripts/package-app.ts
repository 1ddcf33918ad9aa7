/**
 * Builds the Momentum app package (unified manifest, icons, Dutch strings) for Teams, Outlook and the
 * Microsoft 365 app: `npx tsx scripts/package-app.ts [--mode production] [--out dist/appPackage/momentum.zip]`.
 * The app's URL and client ID come from the environment or `.env` files (see `.env.example`).
 * The last line printed is the path of the zip.
 */
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { buildAppPackage, writeAppPackage } from "../manifest/app-package.ts";
import { UnfilledPlaceholderError } from "../manifest/fill-manifest.ts";
import {
  PackageSettingsError,
  PLACEHOLDER_CLIENT_ID,
  readAppVersion,
  readPackageEnvironment,
  resolvePackageSettings,
} from "../manifest/package-settings.ts";
import { ManifestValidationError } from "../manifest/validate-manifest.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const { values: options } = parseArgs({
  options: {
    mode: { type: "string", default: "production" },
    out: { type: "string", default: "dist/appPackage/momentum.zip" },
  },
});

try {
  const settings = resolvePackageSettings(readPackageEnvironment(root, options.mode), readAppVersion(root));
  const zipPath = resolve(root, options.out);
  writeAppPackage(buildAppPackage(settings), zipPath);
  const clientId =
    settings.CLIENT_ID === PLACEHOLDER_CLIENT_ID
      ? "placeholder (set VITE_CLIENT_ID for sign-in)"
      : settings.CLIENT_ID;
  process.stdout.write(
    `Momentum ${settings.APP_VERSION} for ${settings.APP_URL}, client ID ${clientId}\n${zipPath}\n`,
  );
} catch (error) {
  if (
    error instanceof ManifestValidationError ||
    error instanceof PackageSettingsError ||
    error instanceof UnfilledPlaceholderError
  ) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
