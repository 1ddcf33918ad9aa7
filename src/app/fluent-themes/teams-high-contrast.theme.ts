// Fluent's high-contrast theme, imported only when shown (see fluent-theme.ts): no theme is in the first screen's chunks.
export { teamsHighContrastTheme as theme } from "@fluentui/react-components";
