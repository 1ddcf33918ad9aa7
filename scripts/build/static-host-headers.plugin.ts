import type { Plugin } from "vite";

/** HTTP response headers by name, e.g. `{ "Content-Security-Policy": "default-src 'self'; …" }`. */
export type ResponseHeaders = Readonly<Record<string, string>>;

/** Azure Static Web Apps reads `globalHeaders` from `staticwebapp.config.json` at the root of the build. */
export function azureStaticWebAppConfig(headers: ResponseHeaders): string {
  return `${JSON.stringify({ globalHeaders: headers }, null, 2)}\n`;
}

/** Netlify and Cloudflare Pages read a `_headers` file: a path pattern, then its headers indented below it. */
export function headersFile(headers: ResponseHeaders): string {
  const lines = Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`);
  return ["/*", ...lines, ""].join("\n");
}

/**
 * Writes the headers that `vite preview` sends into the build, in the configuration files of the static hosts
 * that read one, so a hosted build sends the same headers as the local one.
 */
export function staticHostHeaders(headers: ResponseHeaders): Plugin {
  return {
    name: "momentum-static-host-headers",
    apply: "build",
    generateBundle() {
      this.emitFile({
        type: "asset",
        fileName: "staticwebapp.config.json",
        source: azureStaticWebAppConfig(headers),
      });
      this.emitFile({ type: "asset", fileName: "_headers", source: headersFile(headers) });
    },
  };
}
