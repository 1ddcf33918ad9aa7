// The Teams light theme, imported only when shown and built only when first used (see fluent-theme.ts).
import { createLightTheme, type Theme } from "@fluentui/react-components";
import { fontFamilies } from "@fluentui/tokens/lib/alias/teamsFontFamilies.js";
import { brandTeams } from "@fluentui/tokens/lib/global/brandColors.js";

export const createTheme = (): Theme => ({ ...createLightTheme(brandTeams), ...fontFamilies });
