import type { SentenceSource } from "./call-recorder.ts";
import type { Prng } from "./prng.ts";

/** A topic the rep talks about: a short paragraph, said in order. `{slot}`s are filled per deal. */
export type PhraseModule = readonly string[];

/** What the phrases say about a particular deal: `{company}`, `{docs}`, `{system}`, … */
export type DealSlots = Readonly<Record<string, string>>;

/**
 * Hands out a rep's stock pitch sentence by sentence: each topic's paragraph in order, the topics in a
 * per-call order. When everything has been said the rep starts over, as reps on a long monologue do.
 */
export class PhraseDeck implements SentenceSource {
  private topics: string[][] = [];
  private midTopic = false;

  constructor(
    private readonly rng: Prng,
    private readonly modules: readonly PhraseModule[],
    private readonly slots: DealSlots,
  ) {}

  next(): string {
    if (this.topics.length === 0) this.topics = this.rng.shuffled(this.modules).map((module) => [...module]);
    const topic = this.topics[0];
    const sentence = topic?.shift();
    if (topic === undefined || sentence === undefined) throw new RangeError("A phrase deck needs sentences");
    this.midTopic = topic.length > 0;
    if (!this.midTopic) this.topics.shift();
    return fillSlots(sentence, this.slots);
  }

  /** After an interruption the rep picks up with a fresh topic rather than mid-paragraph. */
  nextTopic(): void {
    if (this.midTopic) this.topics.shift();
    this.midTopic = false;
  }
}

/** Sentences in a fixed order, e.g. the demo walk-through, then the deck of stock phrases after them. */
export class ScriptedThenDeck implements SentenceSource {
  private index = 0;

  constructor(
    private readonly scripted: readonly string[],
    private readonly after: SentenceSource,
  ) {}

  next(): string {
    const sentence = this.scripted[this.index];
    this.index++;
    if (sentence !== undefined) return sentence;
    // The walk-through is over: the stock pitch picks up at a fresh topic, not where it was cut off before.
    if (this.index === this.scripted.length + 1) this.after.nextTopic?.();
    return this.after.next();
  }
}

export function fillSlots(sentence: string, slots: DealSlots): string {
  return sentence.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = slots[name];
    if (value === undefined) throw new Error(`No value for {${name}} in "${sentence}"`);
    return value;
  });
}
