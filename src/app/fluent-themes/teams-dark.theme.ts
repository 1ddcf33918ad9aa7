// A module of its own so that the Teams dark theme is a chunk of its own, fetched only when shown (see fluent-theme.ts).
export { teamsDarkTheme as theme } from "@fluentui/react-components";
