import { config } from "zod/mini";

/**
 * Zod builds a faster parser for each object schema with `new Function` when the page allows it, and finds out
 * by trying `eval` once, as the first schema is created. Momentum's Content-Security-Policy forbids eval, so that
 * probe would log a policy violation on every page load for a parser the page may not use anyway. index.html
 * loads this module before the app, so it runs before any schema module does.
 */
config({ jitless: true });
