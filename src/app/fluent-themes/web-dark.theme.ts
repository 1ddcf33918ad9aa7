// A module of its own so that the web dark theme is a chunk of its own, fetched only when shown (see fluent-theme.ts).
export { webDarkTheme as theme } from "@fluentui/react-components";
