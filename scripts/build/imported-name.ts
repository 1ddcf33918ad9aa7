import type { ESTree } from "vite";

/** The name a module exports a binding under, for `import { a }`, `import { a as b }` and `import { "a" as b }`. */
export function importedName(specifier: ESTree.ImportSpecifier): string {
  return specifier.imported.type === "Identifier" ? specifier.imported.name : specifier.imported.value;
}
