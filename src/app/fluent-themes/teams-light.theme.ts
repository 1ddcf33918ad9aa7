// A module of its own so that the Teams light theme is a chunk of its own, fetched only when shown (see fluent-theme.ts).
export { teamsLightTheme as theme } from "@fluentui/react-components";
