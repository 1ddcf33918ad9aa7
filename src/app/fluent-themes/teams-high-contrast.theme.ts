// Fluent's high-contrast theme, imported only when shown and built only when first used (see fluent-theme.ts).
import { createHighContrastTheme, type Theme } from "@fluentui/react-components";
import { fontFamilies } from "@fluentui/tokens/lib/alias/teamsFontFamilies.js";

export const createTheme = (): Theme => ({ ...createHighContrastTheme(), ...fontFamilies });
