// A module of its own so that Fluent's high-contrast theme is a chunk of its own, fetched only when shown (see fluent-theme.ts).
export { teamsHighContrastTheme as theme } from "@fluentui/react-components";
