import { BrowserCacheLocation, type Configuration, LogLevel } from "@azure/msal-browser";

/** The app registration MSAL signs in against (from `AppConfig` in tenant mode). */
export interface MsalSettings {
  readonly clientId: string;
  readonly authority: string;
}

/**
 * MSAL's configuration for Momentum. Its cache lives in sessionStorage, never localStorage, so that tokens
 * leave with the tab; the logger passes on only warnings and errors and drops any message that carries PII.
 */
export function msalConfiguration(settings: MsalSettings, redirectUri: string): Configuration {
  return {
    auth: {
      clientId: settings.clientId,
      authority: settings.authority,
      redirectUri,
      postLogoutRedirectUri: redirectUri,
    },
    cache: { cacheLocation: BrowserCacheLocation.SessionStorage },
    system: {
      loggerOptions: {
        logLevel: LogLevel.Warning,
        piiLoggingEnabled: false,
        loggerCallback: (level, message, containsPii) => {
          if (containsPii) return;
          if (level === LogLevel.Error) console.error(message);
          else if (level === LogLevel.Warning) console.warn(message);
        },
      },
    },
  };
}
