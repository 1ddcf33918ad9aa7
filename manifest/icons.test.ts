import { readFileSync } from "node:fs";
import { join } from "node:path";
import { decode } from "fast-png";
import { describe, expect, it } from "vitest";
import { MANIFEST_DIR } from "./app-package.ts";

const readPng = (...path: string[]) => decode(readFileSync(join(MANIFEST_DIR, ...path)));

describe("app icons", () => {
  it("has a 192 × 192 colour icon", () => {
    const color = readPng("color.png");

    expect([color.width, color.height]).toEqual([192, 192]);
  });

  it("has a 32 × 32 outline icon of white on transparent only, as Teams requires", () => {
    const outline = readPng("outline.png");
    expect([outline.width, outline.height, outline.channels, outline.depth]).toEqual([32, 32, 4, 8]);

    const offending: string[] = [];
    let whitePixels = 0;
    for (let offset = 0; offset < outline.data.length; offset += 4) {
      const [red, green, blue, alpha] = outline.data.subarray(offset, offset + 4);
      if (alpha === 0) continue;
      if (red === 255 && green === 255 && blue === 255) whitePixels += 1;
      else offending.push(`pixel ${offset / 4}: rgba(${red}, ${green}, ${blue}, ${alpha})`);
    }

    expect(offending).toEqual([]);
    expect(whitePixels).toBeGreaterThan(50);
  });
});
