/** Values for the `{{NAME}}` placeholders in the manifest template and its localization files. */
export type PlaceholderValues = Readonly<Record<string, string>>;

const PLACEHOLDER = /\{\{([A-Za-z0-9_]+)\}\}/g;

/** A placeholder in a template that no value was given for: the package would ship it verbatim. */
export class UnfilledPlaceholderError extends Error {
  override readonly name = "UnfilledPlaceholderError";
  constructor(readonly placeholders: readonly string[]) {
    super(`No value for ${placeholders.map((name) => `{{${name}}}`).join(", ")} in the manifest template`);
  }
}

/**
 * Returns a copy of a parsed JSON template with every `{{NAME}}` in its strings replaced by `values[NAME]`.
 * Filling the parsed strings rather than the raw text keeps a value with a quote or backslash from breaking the JSON.
 */
export function fillPlaceholders(template: unknown, values: PlaceholderValues): unknown {
  const missing = new Set<string>();
  const fill = (node: unknown): unknown => {
    if (typeof node === "string") {
      return node.replace(PLACEHOLDER, (placeholder, name: string) => {
        const value = values[name];
        if (value === undefined) missing.add(name);
        return value ?? placeholder;
      });
    }
    if (Array.isArray(node)) return node.map(fill);
    if (node !== null && typeof node === "object") {
      return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, fill(value)]));
    }
    return node;
  };
  const filled = fill(template);
  if (missing.size > 0) throw new UnfilledPlaceholderError([...missing].sort());
  return filled;
}
