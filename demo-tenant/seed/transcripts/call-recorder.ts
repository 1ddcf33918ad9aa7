import type { Prng } from "./prng.ts";
import type { TranscriptCue } from "./vtt.ts";

export type CallLanguage = "en" | "nl";

/** How a person talks: speed and how often "um"/"eh" creeps in. */
export interface VoiceStyle {
  readonly wordsPerSecond: number;
  /** Chance that a sentence gets a filler word. */
  readonly fillerRate: number;
}

export interface Voice {
  readonly name: string;
  readonly style: VoiceStyle;
  /** Teams prefixes cue IDs with an ID per speaker's audio stream. */
  readonly streamId: string;
}

/** `demo`: the speaker clicks through screens, so there are longer silences between their sentences. */
export type Pace = "conversation" | "demo";

/** Anything that hands out the next sentence of a speech (a phrase deck, a fixed list). */
export interface SentenceSource {
  next(): string;
  /** Called when a new stretch of talk begins, so that the source can start at a topic boundary. */
  nextTopic?(): void;
}

const FILLERS: Record<
  CallLanguage,
  { readonly openers: readonly string[]; readonly inserts: readonly string[] }
> = {
  en: {
    openers: ["Um, ", "Uh, ", "So, ", "Yeah, so ", "And, um, ", "Basically, "],
    inserts: [" you know,", " like,", " um,"],
  },
  nl: {
    openers: ["Eh, ", "Ehm, ", "Nou, ", "Ja, dus ", "En eh, ", "Ja, eh, "],
    inserts: [" zeg maar,", " eh,", " weet je,"],
  },
};

/** Words that keep their capital when a filler is put in front of them. */
const ALWAYS_CAPITALISED = /^(I|I'm|I'll|I've|I'd|[A-Z0-9]{2,}\b.*)$/;

const LONG_SENTENCE_WORDS = 30;
/** "Um, thanks." reads like a transcription glitch; fillers go in front of real sentences only. */
const SHORTEST_SENTENCE_WITH_FILLER = 6;

/**
 * Builds a call's transcript turn by turn with believable timing: speaking rate per voice, short gaps when the
 * turn passes, longer pauses while someone clicks through a demo. Scripts read the clock (`minutes`) to place
 * moments such as the first mention of price.
 */
export class CallRecorder {
  private clock: number;
  private lastSpeaker: string | null = null;
  private turnJustStarted = false;
  private readonly phraseCounters = new Map<string, number>();
  private readonly recorded: TranscriptCue[] = [];

  private readonly properNouns: Set<string>;

  constructor(
    private readonly rng: Prng,
    private readonly language: CallLanguage,
    properNouns: Iterable<string>,
  ) {
    this.clock = rng.between(1.5, 4);
    this.properNouns = new Set(properNouns);
  }

  voice(name: string, style: VoiceStyle): Voice {
    for (const part of name.split(" ")) if (/^\p{Lu}/u.test(part)) this.properNouns.add(part);
    return {
      name,
      style,
      streamId: `${this.rng.hex(8)}-${this.rng.hex(4)}-${this.rng.hex(4)}-${this.rng.hex(4)}-${this.rng.hex(12)}`,
    };
  }

  get seconds(): number {
    return this.clock;
  }

  get minutes(): number {
    return this.clock / 60;
  }

  /** One turn: the sentences are said in one go. */
  say(voice: Voice, text: string | readonly string[], pace: Pace = "conversation"): void {
    this.beginTurn(voice);
    for (const sentence of typeof text === "string" ? splitSentences(text) : text) {
      this.addSentence(voice, sentence, pace);
    }
  }

  /** One long turn: the voice keeps drawing sentences until it has talked for `seconds`. */
  talkFor(voice: Voice, source: SentenceSource, seconds: number, pace: Pace = "conversation"): void {
    this.beginTurn(voice);
    source.nextTopic?.();
    const until = this.clock + seconds;
    while (this.clock < until) this.addSentence(voice, source.next(), pace);
  }

  /** Silence on the line, e.g. while someone looks something up. */
  pause(seconds: number): void {
    this.clock += seconds;
  }

  cues(): readonly TranscriptCue[] {
    return this.recorded;
  }

  private beginTurn(voice: Voice): void {
    if (this.recorded.length > 0) {
      this.clock +=
        voice.name === this.lastSpeaker ? this.rng.between(0.9, 2.2) : this.rng.between(0.25, 1.2);
    }
    this.lastSpeaker = voice.name;
    this.turnJustStarted = true;
  }

  private addSentence(voice: Voice, sentence: string, pace: Pace): void {
    const phrase = (this.phraseCounters.get(voice.streamId) ?? 0) + 1;
    this.phraseCounters.set(voice.streamId, phrase);
    const spoken = this.withFiller(sentence, voice.style.fillerRate);
    const parts = splitLongSentence(spoken);
    parts.forEach((part, index) => {
      if (this.turnJustStarted) this.turnJustStarted = false;
      else this.clock += index > 0 ? this.rng.between(0.05, 0.3) : this.interSentenceGap(pace);
      const duration = (wordCount(part) / voice.style.wordsPerSecond) * this.rng.between(0.92, 1.1) + 0.15;
      this.recorded.push({
        id: `${voice.streamId}/${phrase}-${index}`,
        start: this.clock,
        end: this.clock + duration,
        speaker: voice.name,
        text: part,
      });
      this.clock += duration;
    });
  }

  private interSentenceGap(pace: Pace): number {
    return pace === "demo" ? this.rng.between(1.2, 3.6) : this.rng.between(0.05, 0.45);
  }

  private withFiller(sentence: string, rate: number): string {
    if (wordCount(sentence) < SHORTEST_SENTENCE_WITH_FILLER || !this.rng.chance(rate)) return sentence;
    const { openers, inserts } = FILLERS[this.language];
    const comma = sentence.indexOf(",");
    if (comma > 0 && this.rng.chance(0.35)) {
      return `${sentence.slice(0, comma + 1)}${this.rng.pick(inserts)}${sentence.slice(comma + 1)}`;
    }
    // "So, so the real win…": never an opener that already has the word the sentence starts with.
    const firstWord = sentence.split(/[\s,]/, 1)[0]?.toLowerCase() ?? "";
    const fitting = openers.filter(
      (opener) =>
        !opener
          .toLowerCase()
          .split(/[\s,]+/)
          .includes(firstWord),
    );
    return `${this.rng.pick(fitting)}${this.decapitalise(sentence)}`;
  }

  private decapitalise(sentence: string): string {
    const firstWord = sentence.split(/[\s,]/, 1)[0] ?? "";
    if (ALWAYS_CAPITALISED.test(firstWord) || this.properNouns.has(firstWord.replace(/[^\p{L}'-]/gu, ""))) {
      return sentence;
    }
    return sentence.charAt(0).toLowerCase() + sentence.slice(1);
  }
}

export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => w.length > 0).length;
}

/** Teams cuts a long sentence into several cues with the same phrase number (`…/7-0`, `…/7-1`). */
function splitLongSentence(sentence: string): string[] {
  const words = sentence.split(" ");
  if (words.length <= LONG_SENTENCE_WORDS) return [sentence];
  const middle = Math.floor(words.length / 2);
  let cut = -1;
  for (let distance = 0; distance < middle - 4 && cut < 0; distance++) {
    for (const i of [middle + distance, middle - distance]) {
      if (words[i]?.endsWith(",")) {
        cut = i + 1;
        break;
      }
    }
  }
  if (cut < 0) cut = middle;
  return [words.slice(0, cut).join(" "), ...splitLongSentence(words.slice(cut).join(" "))];
}
