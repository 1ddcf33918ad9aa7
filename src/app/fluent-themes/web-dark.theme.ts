// The web dark theme, imported only when shown and built only when first used (see fluent-theme.ts).
import { createDarkTheme, type Theme } from "@fluentui/react-components";
import { brandWeb } from "@fluentui/tokens/lib/global/brandColors.js";

export const createTheme = (): Theme => createDarkTheme(brandWeb);
