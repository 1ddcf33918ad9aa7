import { describe, expect, it } from "vitest";
import { fillPlaceholders, UnfilledPlaceholderError } from "./fill-manifest.ts";

describe("fillPlaceholders", () => {
  it("fills placeholders in nested strings and leaves other values as they are", () => {
    const template = {
      contentUrl: "{{APP_URL}}/?host=teams",
      validDomains: ["{{APP_HOST}}"],
      icons: [{ size: 16, url: "{{APP_URL}}/icons/ribbon-16.png" }],
      showLoadingIndicator: false,
      note: null,
    };

    expect(
      fillPlaceholders(template, { APP_URL: "https://app.example.com", APP_HOST: "app.example.com" }),
    ).toEqual({
      contentUrl: "https://app.example.com/?host=teams",
      validDomains: ["app.example.com"],
      icons: [{ size: 16, url: "https://app.example.com/icons/ribbon-16.png" }],
      showLoadingIndicator: false,
      note: null,
    });
  });

  it("keeps a value with quotes and backslashes intact instead of breaking the JSON", () => {
    const filled = fillPlaceholders({ name: "{{NAME}}" }, { NAME: 'Sales "A" \\ team' });

    expect(JSON.parse(JSON.stringify(filled))).toEqual({ name: 'Sales "A" \\ team' });
  });

  it("names every placeholder it has no value for", () => {
    const fill = () => fillPlaceholders({ a: "{{APP_URL}}", b: ["{{CLIENT_ID}}", "{{APP_URL}}"] }, {});

    expect(fill).toThrow(UnfilledPlaceholderError);
    expect(fill).toThrow("No value for {{APP_URL}}, {{CLIENT_ID}}");
  });
});
