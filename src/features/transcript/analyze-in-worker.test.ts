import { describe, expect, it } from "vitest";
import { analyzeVtt } from "../../domain/transcript/index.ts";
import { FakeWorker } from "../../test-fixtures/worker.fake.ts";
import {
  type AnalyzeRequest,
  type AnalyzeResponse,
  analyzeInWorker,
  TranscriptAnalyzer,
} from "./analyze-in-worker.ts";

const REP = "Daan Visser";
const vttSaying = (text: string) => `WEBVTT\n\n00:01.000 --> 00:04.000\n<v ${REP}>${text}</v>\n`;

/** The transcript worker as a test drives it: answers a request with the analysis the worker would send. */
class FakeTranscriptWorker extends FakeWorker<AnalyzeRequest, AnalyzeResponse> {
  answer(request: AnalyzeRequest): void {
    this.reply({ id: request.id, analysis: analyzeVtt(request.vtt, request.repName) });
  }
}

describe("analyzeInWorker without Web Workers (tests, server rendering)", () => {
  it("analyses on this thread", async () => {
    expect(typeof Worker).toBe("undefined");
    const vtt = vttSaying("What does it cost?");
    expect(await analyzeInWorker(vtt, REP)).toEqual(analyzeVtt(vtt, REP));
    expect((await analyzeInWorker(vtt, REP)).insights).toMatchObject({
      repQuestionCount: 1,
      firstPriceMentionMs: 1_000,
    });
  });

  it("resolves with warnings, never rejects, on input that is not a transcript", async () => {
    const analysis = await analyzeInWorker("\u0000\u0001 not a transcript", REP);
    expect(analysis.cues).toEqual([]);
    expect(analysis.warnings.length).toBeGreaterThan(0);
    expect(analysis.insights.keyMoments).toEqual([]);
  });
});

describe("TranscriptAnalyzer with a worker", () => {
  it("starts one worker and matches each answer to its request, whatever the order", async () => {
    const worker = new FakeTranscriptWorker();
    let started = 0;
    const analyzer = new TranscriptAnalyzer(() => {
      started++;
      return worker.asWorker();
    });

    const first = analyzer.analyze(vttSaying("First?"), REP);
    const second = analyzer.analyze(vttSaying("Second."), REP);
    expect(started).toBe(1);
    expect(worker.received.map((request) => request.repName)).toEqual([REP, REP]);
    const [firstRequest, secondRequest] = worker.received;
    if (!firstRequest || !secondRequest) throw new Error("The worker got no requests");
    worker.answer(secondRequest);
    worker.answer(firstRequest);

    expect((await first).cues[0]?.text).toBe("First?");
    expect((await second).cues[0]?.text).toBe("Second.");
  });

  it("passes on an error the worker reports", async () => {
    const worker = new FakeTranscriptWorker();
    const analysis = new TranscriptAnalyzer(() => worker.asWorker()).analyze(vttSaying("Hi."), REP);
    worker.reply({ id: worker.received[0]?.id ?? 0, error: "out of memory" });
    await expect(analysis).rejects.toThrow("out of memory");
  });

  it("finishes on this thread when the worker crashes, and stops using it", async () => {
    const worker = new FakeTranscriptWorker();
    const analyzer = new TranscriptAnalyzer(() => worker.asWorker());
    const stranded = analyzer.analyze(vttSaying("Still there?"), REP);
    worker.crash();

    expect((await stranded).insights.repQuestionCount).toBe(1);
    expect(worker.terminated).toBe(true);
    expect((await analyzer.analyze(vttSaying("After."), REP)).cues[0]?.text).toBe("After.");
    expect(worker.received).toHaveLength(1);
  });

  it("analyses on this thread when the worker cannot be started", async () => {
    const analyzer = new TranscriptAnalyzer(() => {
      throw new DOMException("Blocked by the content security policy", "SecurityError");
    });
    expect((await analyzer.analyze(vttSaying("Hello."), REP)).cues).toHaveLength(1);
  });
});
