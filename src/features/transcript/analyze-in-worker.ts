import type { TranscriptAnalysis } from "../../domain/transcript/index.ts";

/** What the page sends the transcript worker. */
export interface AnalyzeRequest {
  readonly id: number;
  readonly vtt: string;
  readonly repName: string;
}

/** What the worker answers, for the request with the same `id`. */
export type AnalyzeResponse =
  | { readonly id: number; readonly analysis: TranscriptAnalysis }
  | { readonly id: number; readonly error: string };

interface PendingRequest {
  readonly vtt: string;
  readonly repName: string;
  resolve(analysis: TranscriptAnalysis): void;
  reject(error: Error): void;
}

/**
 * Analyses transcripts on a Web Worker, so that a long call never stalls the UI. One worker serves every
 * request, started on the first. Where there is no `Worker` (tests, server rendering) or the worker cannot
 * start or dies, the analysis runs on this thread instead: slower for the page, never a failure for the rep.
 */
export class TranscriptAnalyzer {
  private worker: Worker | null | undefined;
  private readonly pending = new Map<number, PendingRequest>();
  private nextId = 1;

  constructor(private readonly createWorker: () => Worker | null = createTranscriptWorker) {}

  analyze(vtt: string, repName: string): Promise<TranscriptAnalysis> {
    const worker = this.startedWorker();
    if (worker === null) return analyzeOnThisThread(vtt, repName);
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { vtt, repName, resolve, reject });
      worker.postMessage({ id, vtt, repName } satisfies AnalyzeRequest);
    });
  }

  private startedWorker(): Worker | null {
    if (this.worker !== undefined) return this.worker;
    try {
      this.worker = this.createWorker();
    } catch {
      this.worker = null;
    }
    this.worker?.addEventListener("message", (event: MessageEvent<AnalyzeResponse>) =>
      this.answer(event.data),
    );
    this.worker?.addEventListener("error", () => this.giveUpOnWorker());
    this.worker?.addEventListener("messageerror", () => this.giveUpOnWorker());
    return this.worker;
  }

  private answer(response: AnalyzeResponse): void {
    const request = this.pending.get(response.id);
    if (!request) return;
    this.pending.delete(response.id);
    if ("analysis" in response) request.resolve(response.analysis);
    else request.reject(new Error(response.error));
  }

  /** The worker failed to load or crashed: what it was doing is done here, and so is everything after. */
  private giveUpOnWorker(): void {
    this.worker?.terminate();
    this.worker = null;
    const stranded = [...this.pending.values()];
    this.pending.clear();
    for (const request of stranded) {
      analyzeOnThisThread(request.vtt, request.repName).then(request.resolve, request.reject);
    }
  }
}

function createTranscriptWorker(): Worker | null {
  if (typeof Worker === "undefined") return null;
  return new Worker(new URL("./transcript.worker.ts", import.meta.url), {
    type: "module",
    name: "transcript",
  });
}

/** Fetched only where the worker cannot run: the analysis is the worker's own code, not the first screen's. */
async function analyzeOnThisThread(vtt: string, repName: string): Promise<TranscriptAnalysis> {
  const { analyzeVtt } = await import("../../domain/transcript/analyze-vtt.ts");
  return analyzeVtt(vtt, repName);
}

const sharedAnalyzer = new TranscriptAnalyzer();

/** Parses and analyses a Teams transcript off the main thread when the browser allows it. */
export function analyzeInWorker(vtt: string, repName: string): Promise<TranscriptAnalysis> {
  return sharedAnalyzer.analyze(vtt, repName);
}
