const HTML_ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text made safe for an HTML text node or a quoted attribute value: markup in it shows as written. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}

/** {@link escapeHtml}, with the writer's line breaks kept as `<br>`. */
export function escapeHtmlLines(text: string): string {
  return escapeHtml(text).replace(/\r\n?|\n/g, "<br>");
}
