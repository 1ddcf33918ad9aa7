import { afterEach, describe, expect, it, vi } from "vitest";
import { nextTask } from "./next-task.ts";

describe("nextTask", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("goes on only after a task queued before it, so the browser gets its turn between two pieces of work", async () => {
    const order: string[] = [];
    setTimeout(() => order.push("queued task"), 0);
    await nextTask();
    order.push("after nextTask");
    expect(order).toEqual(["queued task", "after nextTask"]);
  });

  it("uses scheduler.yield() where the browser has it", async () => {
    const yieldToBrowser = vi.fn(() => Promise.resolve());
    vi.stubGlobal("scheduler", { yield: yieldToBrowser });
    await nextTask();
    expect(yieldToBrowser).toHaveBeenCalledOnce();
  });
});
