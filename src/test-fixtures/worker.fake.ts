/**
 * Stands in for the browser's `Worker` in tests: keeps what it is sent, and answers or fails when the test says so.
 * `Send` is what the page posts to the worker, `Reply` what the worker posts back.
 */
export class FakeWorker<Send = unknown, Reply = unknown> extends EventTarget {
  readonly received: Send[] = [];
  terminated = false;

  postMessage(message: Send): void {
    this.received.push(message);
  }

  /** As if the worker had posted `message`. */
  reply(message: Reply): void {
    this.dispatchEvent(new MessageEvent("message", { data: message }));
  }

  /** As if the worker's script had failed to load, or thrown. */
  crash(): void {
    this.dispatchEvent(new Event("error"));
  }

  terminate(): void {
    this.terminated = true;
  }

  asWorker(): Worker {
    return this as unknown as Worker;
  }
}
