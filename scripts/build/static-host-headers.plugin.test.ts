import { describe, expect, it } from "vitest";
import { azureStaticWebAppConfig, headersFile } from "./static-host-headers.plugin.ts";

const headers = { "Content-Security-Policy": "default-src 'self'; object-src 'none'" };

describe("the headers a static host is told to send", () => {
  it("gives Azure Static Web Apps every header as a global header", () => {
    expect(JSON.parse(azureStaticWebAppConfig(headers))).toEqual({ globalHeaders: headers });
  });

  it("gives Netlify and Cloudflare Pages the same headers for every path", () => {
    expect(headersFile(headers)).toBe(
      "/*\n  Content-Security-Policy: default-src 'self'; object-src 'none'\n",
    );
  });
});
