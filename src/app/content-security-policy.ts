import type { AppConfig } from "./app-config.ts";

/**
 * Momentum's Content-Security-Policy: the one place that says what the page may load, connect to and be framed
 * by. `vite.config.ts` serves it from the dev server and `vite preview`, and writes it into the static host's
 * configuration at build time, so every way the app is served sends the same header. Pure: no DOM, no Node.
 */

/** Office.js and the scripts it loads after itself (host- and locale-specific) all come from this CDN. */
export const OFFICE_JS_ORIGIN = "https://appsforoffice.microsoft.com";

/**
 * teams-js fetches the current list of host origins it trusts from here (`validDomains.json`, on Microsoft 365's
 * CDN) and falls back to the list it was built with; allowing it keeps the app working in hosts newer than the
 * library, and keeps a policy violation out of every start in Teams.
 */
export const TEAMS_JS_VALID_DOMAINS_ORIGIN = "https://res.cdn.office.net";

/**
 * The Microsoft 365 hosts that may frame the app (Teams tab, Outlook add-in, Microsoft 365 app), as listed in
 * Teams' tab requirements: learn.microsoft.com/microsoftteams/platform/tabs/how-to/tab-requirements.
 * `*.cloud.microsoft` is where Teams, Outlook and Microsoft 365 on the web are moving; the older names stay
 * while clients migrate.
 */
export const MICROSOFT_365_FRAME_ANCESTORS = [
  "https://*.cloud.microsoft",
  "https://teams.microsoft.com",
  "https://*.teams.microsoft.com",
  "https://*.microsoft365.com",
  "https://*.office.com",
  "https://outlook.office.com",
  "https://outlook.office365.com",
  "https://outlook-sdf.office.com",
  "https://outlook-sdf.office365.com",
] as const;

export type CspDirective =
  | "default-src"
  | "script-src"
  | "style-src"
  | "img-src"
  | "connect-src"
  | "frame-src"
  | "object-src"
  | "base-uri"
  | "form-action"
  | "frame-ancestors";

export type CspDirectives = Readonly<Partial<Record<CspDirective, readonly string[]>>>;

export interface ContentSecurityPolicyOptions {
  /**
   * Vite's dev server injects React Refresh's preamble as an inline module script; hot reload itself connects
   * back over a WebSocket to the page's own host and port, which `'self'` allows. Never set for a build.
   */
  readonly devServer?: boolean;
}

/**
 * The policy's directives for this configuration. In a real tenant the page talks to Graph and to Entra sign-in
 * (MSAL's metadata and token requests, and the hidden frame of `ssoSilent` when a host offers no nested app
 * authentication); in the demo both Graph and sign-in are on the app's own origin.
 */
export function contentSecurityPolicyDirectives(
  config: AppConfig,
  options: ContentSecurityPolicyOptions = {},
): CspDirectives {
  const remote =
    config.mode === "tenant"
      ? { graph: new URL(config.graphBaseUrl).origin, signIn: new URL(config.authority).origin }
      : null;
  return {
    "default-src": ["'self'"],
    "script-src": ["'self'", OFFICE_JS_ORIGIN, ...(options.devServer ? ["'unsafe-inline'"] : [])],
    // FluentProvider writes its theme's CSS variables into a <style> element at run time (in dev, Griffel writes
    // every component's rules too; the build links them as a stylesheet), and index.html paints its loading
    // spinner from an inline <style>. A nonce would need a server rendering each response;
    // the build is static files, so inline styles are allowed. Scripts never are.
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:"],
    "connect-src": [
      "'self'",
      ...(remote ? [remote.graph, remote.signIn] : []),
      TEAMS_JS_VALID_DOMAINS_ORIGIN,
    ],
    // MSAL's hidden frame goes to sign-in and is redirected back to the app's own origin with the result.
    ...(remote && { "frame-src": ["'self'", remote.signIn] }),
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    // The app submits no form anywhere: every form is handled in script. Sign-in leaves by redirect, not a form.
    "form-action": ["'none'"],
    "frame-ancestors": [...MICROSOFT_365_FRAME_ANCESTORS],
  };
}

/** The policy as a `Content-Security-Policy` header value. */
export function contentSecurityPolicy(config: AppConfig, options: ContentSecurityPolicyOptions = {}): string {
  return Object.entries(contentSecurityPolicyDirectives(config, options))
    .map(([directive, sources]) => [directive, ...sources].join(" "))
    .join("; ");
}
