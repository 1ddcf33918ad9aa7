import { describe, expect, it } from "vitest";
import { FakeWorker } from "../test-fixtures/worker.fake.ts";
import { warmUpIntl } from "./intl-warm-up.ts";

describe("ICU's warm-up in a worker", () => {
  it("keeps the worker only until it has warmed ICU", () => {
    const worker = new FakeWorker();
    warmUpIntl(() => worker.asWorker());
    expect(worker.terminated).toBe(false);

    worker.reply("warm");
    expect(worker.terminated).toBe(true);
  });

  it("lets a worker that failed to load or run go as well", () => {
    const worker = new FakeWorker();
    warmUpIntl(() => worker.asWorker());
    worker.crash();
    expect(worker.terminated).toBe(true);
  });

  it("changes nothing for the app where a worker is refused or there is none", () => {
    expect(() =>
      warmUpIntl(() => {
        throw new DOMException("Refused by the Content-Security-Policy", "SecurityError");
      }),
    ).not.toThrow();
    expect(() => warmUpIntl(() => null)).not.toThrow();
  });
});
