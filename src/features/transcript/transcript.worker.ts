/**
 * The transcript worker: parses and analyses off the main thread. Started by `analyze-in-worker.ts`, which
 * owns the message protocol.
 */
import { analyzeVtt } from "../../domain/transcript/index.ts";
import type { AnalyzeRequest, AnalyzeResponse } from "./analyze-in-worker.ts";

self.addEventListener("message", (event: MessageEvent<AnalyzeRequest>) => {
  const { id, vtt, repName } = event.data;
  let response: AnalyzeResponse;
  try {
    response = { id, analysis: analyzeVtt(vtt, repName) };
  } catch (error) {
    response = { id, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
});
