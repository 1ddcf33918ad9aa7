/**
 * Which strings of a manifest a localization file must translate, and which of its keys translate nothing.
 * Keys use the localization file's notation: `name.short`, `staticTabs[0].name`,
 * `extensions[0].ribbons[1].tabs[0].groups[0].controls[0].supertip.title`.
 */
export interface TranslationGaps {
  /** User-facing strings of the manifest that the localization file leaves in the default language. */
  readonly untranslated: readonly string[];
  /** Keys of the localization file that name no string of the manifest (a typo, or a string since removed). */
  readonly unknown: readonly string[];
}

const URL_VALUE = /^https?:\/\//i;
/** Keys of a localization file that are not translations of manifest strings. */
const NON_TRANSLATION_KEYS = new Set(["$schema", "localizationKeys"]);

/**
 * @param isLocalizable whether the localization schema allows a key; URLs it allows (localized icons, pages)
 *   need no translation, so only text counts as untranslated.
 */
export function findTranslationGaps(
  manifest: unknown,
  translations: Readonly<Record<string, unknown>>,
  isLocalizable: (key: string) => boolean,
): TranslationGaps {
  const strings = manifestStrings(manifest);
  const translatedKeys = Object.keys(translations).filter((key) => !NON_TRANSLATION_KEYS.has(key));
  return {
    untranslated: [...strings]
      .filter(([key, value]) => isLocalizable(key) && !URL_VALUE.test(value) && !(key in translations))
      .map(([key]) => key),
    unknown: translatedKeys.filter((key) => !strings.has(key)),
  };
}

function manifestStrings(manifest: unknown): Map<string, string> {
  const strings = new Map<string, string>();
  const visit = (node: unknown, key: string): void => {
    if (typeof node === "string") strings.set(key, node);
    else if (Array.isArray(node)) {
      for (const [index, item] of node.entries()) visit(item, `${key}[${index}]`);
    } else if (node !== null && typeof node === "object") {
      for (const [name, value] of Object.entries(node)) visit(value, key ? `${key}.${name}` : name);
    }
  };
  visit(manifest, "");
  return strings;
}
