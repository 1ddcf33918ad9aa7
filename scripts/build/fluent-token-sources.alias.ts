import { fileURLToPath } from "node:url";
import type { Alias } from "vite";

/**
 * `@fluentui/tokens/lib/…`: the source files of Fluent's tokens package, which its `exports` map does not list.
 * The app's theme modules take Fluent's brand colour ramps and Teams fonts from there, so that each builds its own
 * theme when it is first shown: the package's index builds all seven of its themes as soon as it is evaluated
 * (see src/app/fluent-themes/). For Vite and Vitest alike; a Fluent upgrade that moves these files fails the build,
 * and one that changes a theme's recipe fails fluent-theme.test.tsx.
 */
export const fluentTokenSources: Alias = {
  find: /^@fluentui\/tokens\/lib\//,
  // Found where Node finds the package for the app, so that the alias never reaches a second copy.
  replacement: fileURLToPath(new URL("./", import.meta.resolve("@fluentui/tokens"))),
};
