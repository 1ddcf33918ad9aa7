// The Teams light theme, imported only when shown (see fluent-theme.ts): no theme is in the first screen's chunks.
export { teamsLightTheme as theme } from "@fluentui/react-components";
