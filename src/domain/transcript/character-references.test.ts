import { describe, expect, it } from "vitest";
import { decodeCharacterReferences } from "./character-references.ts";

describe("decodeCharacterReferences", () => {
  it("decodes the WebVTT escapes and the XML ones", () => {
    expect(decodeCharacterReferences("R&amp;D &lt;3 &gt; &quot;yes&quot; it&apos;s")).toBe(
      `R&D <3 > "yes" it's`,
    );
    expect(decodeCharacterReferences("a&nbsp;b&lrm;&rlm;")).toBe("a\u00a0b\u200e\u200f");
  });

  it("decodes numeric references, with U+FFFD for ones that name no character", () => {
    expect(decodeCharacterReferences("caf&#233; &#xE9;&#XE9; &#128512;")).toBe("café éé 😀");
    expect(decodeCharacterReferences("&#0; &#xD800; &#x110000;")).toBe("\ufffd \ufffd \ufffd");
  });

  it("leaves anything that is not a known reference as written", () => {
    expect(decodeCharacterReferences("Q&A; fish & chips; &eacute; &amp &#; &#x; &#12a;")).toBe(
      "Q&A; fish & chips; &eacute; &amp &#; &#x; &#12a;",
    );
  });

  it("decodes once: an escaped reference stays a reference", () => {
    expect(decodeCharacterReferences("&amp;lt;b&amp;gt;")).toBe("&lt;b&gt;");
  });
});
