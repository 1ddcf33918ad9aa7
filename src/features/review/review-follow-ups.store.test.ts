import { describe, expect, it } from "vitest";
import { GraphRequestError } from "../../graph/graph-error.ts";
import { FakeFollowUpsRepository } from "./review-follow-ups.fake-repository.ts";
import { createReviewFollowUpsStore } from "./review-follow-ups.store.ts";

const forbidden = new GraphRequestError("Microsoft Graph answered 403", { kind: "forbidden", status: 403 });
const throttled = new GraphRequestError("Microsoft Graph answered 429", { kind: "throttled", status: 429 });

describe("review follow-ups store", () => {
  it("asks once for all the reviews and keeps only the follow-ups that arrived", async () => {
    const repository = new FakeFollowUpsRepository().arrive("review-1");
    const store = createReviewFollowUpsStore(repository);

    await store.getState().lookFor(["review-1", "review-2"]);

    expect(repository.lookups).toEqual([["review-1", "review-2"]]);
    const { arrived } = store.getState();
    expect([...arrived.keys()]).toEqual(["review-1"]);
    expect(arrived.get("review-1")?.receivedAt).toEqual(new Date("2026-11-19T08:30:00Z"));
  });

  it("asks nothing for no reviews", async () => {
    const repository = new FakeFollowUpsRepository();
    await createReviewFollowUpsStore(repository).getState().lookFor([]);
    expect(repository.lookups).toEqual([]);
  });

  it.each([
    ["not allowed to read mail", forbidden],
    ["throttled", throttled],
    ["offline", new TypeError("Failed to fetch")],
  ])("never rejects when %s, and keeps what it knew; the next look finds what arrived", async (_, error) => {
    const repository = new FakeFollowUpsRepository().arrive("review-1");
    const store = createReviewFollowUpsStore(repository);
    await store.getState().lookFor(["review-1"]);

    repository.fail = error;
    repository.arrive("review-2");
    await expect(store.getState().lookFor(["review-1", "review-2"])).resolves.toBeUndefined();
    expect([...store.getState().arrived.keys()]).toEqual(["review-1"]);

    repository.fail = null;
    await store.getState().lookFor(["review-1", "review-2"]);
    expect([...store.getState().arrived.keys()]).toEqual(["review-1", "review-2"]);
  });

  it("forgets a follow-up that is no longer in the mailbox when asked again", async () => {
    const repository = new FakeFollowUpsRepository().arrive("review-1");
    const store = createReviewFollowUpsStore(repository);
    await store.getState().lookFor(["review-1"]);

    repository.mailbox.delete("review-1");
    await store.getState().lookFor(["review-1"]);
    expect(store.getState().arrived.size).toBe(0);
  });

  it("keeps no answer that arrives after the lookup was called off", async () => {
    const repository = new FakeFollowUpsRepository().arrive("review-1");
    const store = createReviewFollowUpsStore(repository);
    const controller = new AbortController();
    const looking = store.getState().lookFor(["review-1"], controller.signal);
    controller.abort();
    await looking;
    expect(store.getState().arrived.size).toBe(0);
  });

  it.each(["javascript:alert(1)", "http://outlook.office365.com/owa/", "not a link"])(
    "drops a link that is not https (%s), keeping the receipt",
    async (webLink) => {
      const repository = new FakeFollowUpsRepository().arrive("review-1", { webLink });
      const store = createReviewFollowUpsStore(repository);
      await store.getState().lookFor(["review-1"]);
      const receipt = store.getState().arrived.get("review-1");
      expect(receipt?.messageId).toBe("message-review-1");
      expect(receipt?.webLink).toBeNull();
    },
  );
});
