import type { CallTranscriptText, TranscriptsRepository } from "../../data/transcripts.repository.ts";
import type { Call } from "../../domain/calls/call.ts";

interface PendingRequest {
  readonly call: Call;
  resolve(transcript: CallTranscriptText): void;
  reject(reason: unknown): void;
}

/**
 * A test double: a call with a standing answer ({@link answer}, or {@link answerOtherCalls}) gets it at once; any
 * other request waits until the test answers it, so tests can see the loading state and answer out of order.
 */
export class FakeTranscriptsRepository implements TranscriptsRepository {
  readonly requests: PendingRequest[] = [];
  forgotten = 0;
  private readonly answers = new Map<string, CallTranscriptText | Error>();
  private otherCalls: CallTranscriptText | Error | null = null;

  /** From now on, `callId` is answered with `transcript`, or rejected with an `Error`. */
  answer(callId: string, transcript: CallTranscriptText | Error): this {
    this.answers.set(callId, transcript);
    return this;
  }

  /** From now on, every call without an answer of its own is answered so. */
  answerOtherCalls(transcript: CallTranscriptText | Error): this {
    this.otherCalls = transcript;
    return this;
  }

  getTranscript(call: Call): Promise<CallTranscriptText> {
    return new Promise((resolve, reject) => {
      this.requests.push({ call, resolve, reject });
      const answer = this.answers.get(call.id) ?? this.otherCalls;
      if (answer instanceof Error) reject(answer);
      else if (answer) resolve(answer);
    });
  }

  async forgetTranscripts(): Promise<void> {
    this.forgotten++;
  }

  /** The latest request. */
  get lastRequest(): PendingRequest {
    const request = this.requests.at(-1);
    if (!request) throw new Error("No transcript has been requested");
    return request;
  }
}
