import { describe, expect, it, vi } from "vitest";
import { createReviewPlannerStore } from "../features/review/review-planner.store.ts";
import type { GraphClient } from "../graph/graph-client.ts";
import { createAppStores } from "./app-stores.ts";

/** Nothing here reaches Graph: the stores are only made, never loaded. */
const graph = {} as GraphClient;

describe("the review planner of a signed-in user", () => {
  it("is made the first time it is asked for, and is the same planner from then on", () => {
    const stores = createAppStores(graph, "adele@contoso.com");
    const create = vi.fn(createReviewPlannerStore);
    try {
      const planner = stores.reviewPlanner(create);
      expect(stores.reviewPlanner(create)).toBe(planner);
      expect(create).toHaveBeenCalledTimes(1);
    } finally {
      stores.dispose();
    }
  });

  it("is another planner for another user", () => {
    const adele = createAppStores(graph, "adele@contoso.com");
    const megan = createAppStores(graph, "megan@contoso.com");
    try {
      expect(adele.reviewPlanner(createReviewPlannerStore)).not.toBe(
        megan.reviewPlanner(createReviewPlannerStore),
      );
    } finally {
      adele.dispose();
      megan.dispose();
    }
  });
});
