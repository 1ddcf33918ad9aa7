import "fake-indexeddb/auto";
import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { openOnlineMeetingIdCache } from "../data/online-meeting-ids.cache.ts";
import { createReviewPlannerStore } from "../features/review/review-planner.store.ts";
import { createTestGraphClient } from "../graph/graph-client.fake.ts";
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

describe("deleting a user's data", () => {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());

  it("forgets, with the transcripts, the online meeting IDs this browser kept for the user", async () => {
    const adele = "adele@contoso.com";
    const joinUrl = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_a%40thread.v2/0";
    const earlierSession = await openOnlineMeetingIdCache(adele);
    await earlierSession.put(new Map([[joinUrl, "meeting-a"]]));
    earlierSession.close();
    server.use(
      http.get("http://graph.test/graph/v1.0/me", () =>
        HttpResponse.json({ id: "u1", displayName: "Adele Vance", mail: adele, userPrincipalName: adele }),
      ),
    );
    const stores = createAppStores(
      createTestGraphClient({ baseUrl: "http://graph.test/graph" }).client,
      adele,
    );
    try {
      await stores.transcripts.getState().forget();
    } finally {
      stores.dispose();
    }

    const nextSession = await openOnlineMeetingIdCache(adele);
    expect(await nextSession.get([joinUrl])).toEqual(new Map());
    nextSession.close();
  });
});
