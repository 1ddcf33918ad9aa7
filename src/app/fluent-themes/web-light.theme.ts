// A module of its own so that the web light theme is a chunk of its own, fetched only when shown (see fluent-theme.ts).
export { webLightTheme as theme } from "@fluentui/react-components";
