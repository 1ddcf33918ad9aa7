import { describe, expect, it } from "vitest";
import { CHOSEN_MOMENT_LIMITS } from "./call-notes.ts";
import { withMomentChosen } from "./chosen-moments.ts";

describe("withMomentChosen", () => {
  it("adds a ticked moment at the end and removes an unticked one", () => {
    const chosen = withMomentChosen(["priceEarly@150000"], "customerStory@60000", true);

    expect(chosen).toEqual(["priceEarly@150000", "customerStory@60000"]);
    expect(withMomentChosen(chosen, "priceEarly@150000", false)).toEqual(["customerStory@60000"]);
  });

  it("changes nothing when the moment already is as asked", () => {
    const chosen = ["priceEarly@150000"];

    expect(withMomentChosen(chosen, "priceEarly@150000", true)).toBe(chosen);
    expect(withMomentChosen(chosen, "customerStory@60000", false)).toBe(chosen);
  });

  it("stays within the limit, the earliest choices giving way to the newest", () => {
    const full = Array.from({ length: CHOSEN_MOMENT_LIMITS.count }, (_, index) => `old@${index}`);

    const chosen = withMomentChosen(full, "priceEarly@150000", true);

    expect(chosen).toHaveLength(CHOSEN_MOMENT_LIMITS.count);
    expect(chosen.at(-1)).toBe("priceEarly@150000");
    expect(chosen).not.toContain("old@0");
  });
});
