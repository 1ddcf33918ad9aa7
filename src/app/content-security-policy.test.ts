import { describe, expect, it } from "vitest";
import { OFFICE_JS_URL } from "../hosts/outlook.host.ts";
import { readAppConfig } from "./app-config.ts";
import {
  type CspDirective,
  contentSecurityPolicy,
  contentSecurityPolicyDirectives,
  MICROSOFT_365_FRAME_ANCESTORS,
} from "./content-security-policy.ts";

const tenant = readAppConfig(
  { VITE_CLIENT_ID: "11111111-2222-3333-4444-555555555555" },
  "https://momentum.example",
);
const demo = readAppConfig({}, "http://localhost:3000");

function sources(directives: ReturnType<typeof contentSecurityPolicyDirectives>, name: CspDirective) {
  return directives[name] ?? [];
}

describe("the Content-Security-Policy a build ships", () => {
  for (const [label, config] of [
    ["tenant", tenant],
    ["demo", demo],
  ] as const) {
    describe(`${label} build`, () => {
      const directives = contentSecurityPolicyDirectives(config);
      const all = Object.values(directives).flat();

      it("falls back to the app's own origin and forbids plugins, <base> and form posts", () => {
        expect(directives["default-src"]).toEqual(["'self'"]);
        expect(directives["object-src"]).toEqual(["'none'"]);
        expect(directives["base-uri"]).toEqual(["'none'"]);
        expect(directives["form-action"]).toEqual(["'none'"]);
      });

      it("runs no inline script and no eval, and allows no source as broad as a bare * or a scheme", () => {
        expect(all).not.toContain("*");
        expect(all).not.toContain("'unsafe-eval'");
        expect(sources(directives, "script-src")).not.toContain("'unsafe-inline'");
        // data: only for images; never a whole scheme such as https: or blob: anywhere else.
        const schemeOnly = Object.entries(directives).flatMap(([name, list]) =>
          list.filter((source) => /^[a-z][a-z0-9+.-]*:$/.test(source)).map((source) => `${name} ${source}`),
        );
        expect(schemeOnly).toEqual(["img-src data:"]);
      });

      it("loads scripts only from the app and from the CDN the Outlook host takes Office.js from", () => {
        expect(directives["script-src"]).toEqual(["'self'", new URL(OFFICE_JS_URL).origin]);
      });

      it("may be framed only by the documented Teams, Outlook and Microsoft 365 hosts", () => {
        expect(directives["frame-ancestors"]).toEqual([...MICROSOFT_365_FRAME_ANCESTORS]);
        expect(directives["frame-ancestors"]).toEqual(
          expect.arrayContaining([
            "https://*.cloud.microsoft",
            "https://teams.microsoft.com",
            "https://outlook.office.com",
          ]),
        );
        expect(directives["frame-ancestors"]?.every((source) => source.startsWith("https://"))).toBe(true);
      });
    });
  }

  it("lets a tenant build reach Graph, Entra sign-in and teams-js's list of hosts, and nothing else", () => {
    const directives = contentSecurityPolicyDirectives(tenant);
    expect(directives["connect-src"]).toEqual([
      "'self'",
      "https://graph.microsoft.com",
      "https://login.microsoftonline.com",
      "https://res.cdn.office.net",
    ]);
    expect(directives["frame-src"]).toEqual(["'self'", "https://login.microsoftonline.com"]);
  });

  it("follows a configured authority and Graph root to their origins", () => {
    const sovereign = readAppConfig(
      {
        VITE_CLIENT_ID: "11111111-2222-3333-4444-555555555555",
        VITE_AUTHORITY: "https://login.microsoftonline.us/contoso.onmicrosoft.us",
        VITE_GRAPH_BASE_URL: "https://graph.microsoft.us/",
      },
      "https://momentum.example",
    );
    expect(contentSecurityPolicyDirectives(sovereign)["connect-src"]).toEqual([
      "'self'",
      "https://graph.microsoft.us",
      "https://login.microsoftonline.us",
      "https://res.cdn.office.net",
    ]);
  });

  it("keeps the demo, whose Graph emulator and sign-in are on the app's own origin, to 'self' and teams-js's list", () => {
    const directives = contentSecurityPolicyDirectives(demo);
    expect(directives["connect-src"]).toEqual(["'self'", "https://res.cdn.office.net"]);
    expect(directives["frame-src"]).toBeUndefined();
  });

  it("allows inline scripts on the dev server only, for React Refresh's preamble", () => {
    expect(contentSecurityPolicyDirectives(demo, { devServer: true })["script-src"]).toContain(
      "'unsafe-inline'",
    );
    expect(contentSecurityPolicyDirectives(demo)["script-src"]).not.toContain("'unsafe-inline'");
  });

  it("writes one header value: directives separated by semicolons, sources by spaces", () => {
    expect(contentSecurityPolicy(demo)).toMatch(
      /^default-src 'self'; script-src 'self' https:\/\/appsforoffice\.microsoft\.com; style-src 'self' 'unsafe-inline'; .*; frame-ancestors https:\/\/\*\.cloud\.microsoft [^;]*$/,
    );
  });
});
