import { fillSlots } from "../../demo-tenant/seed/transcripts/phrase-deck.ts";
import {
  EN_BACKCHANNELS,
  EN_BACKGROUND,
  EN_PITCH,
} from "../../demo-tenant/seed/transcripts/phrases/en.phrases.ts";
import {
  NL_BACKCHANNELS,
  NL_BACKGROUND,
  NL_PITCH,
} from "../../demo-tenant/seed/transcripts/phrases/nl.phrases.ts";
import { Prng } from "../../demo-tenant/seed/transcripts/prng.ts";
import { type TranscriptCue, toWebVtt } from "../../demo-tenant/seed/transcripts/vtt.ts";

export const BENCH_REP = "Daan Visser";

interface BenchSpeaker {
  readonly name: string;
  readonly language: "en" | "nl";
  readonly streamId: string;
}

/** Speech rate that turns cues of 5 to 20 words into the 2 to 8 seconds Teams' cues usually last. */
const WORDS_PER_SECOND = 2.5;
const SHORTEST_CUE_WORDS = 5;
const LONGEST_CUE_WORDS = 20;
const SHORTEST_CUE_SECONDS = 2;
const LONGEST_CUE_SECONDS = 8;

const SLOTS = {
  company: "Northwind",
  docs: "supplier invoices",
  doc: "supplier invoice",
  system: "Dynamics",
  team: "finance teams",
};

/** Sentences the rep or a customer might add to the stock pitch, so every figure has something to find. */
const EXTRA = {
  en: [
    "How many invoices do you process in a month?",
    "What happens when an approval gets stuck?",
    "Um, the price is forty-five euros per user per month, you know, all in.",
    "To be honest, we're not looking to change this year.",
    "R&D and finance both want a say in this <not a tag>.",
    "I'll send you the proposal next week.",
  ],
  nl: [
    "Hoeveel vrachtbrieven verwerken jullie ongeveer per week?",
    "Eh, de prijs is achthonderd euro per maand, zeg maar.",
    "We hebben dit jaar geen budget voor een nieuw systeem.",
    "Zullen we volgende week een demo inplannen?",
  ],
} as const;

/**
 * A realistic, deterministic Teams transcript of about `minutes`: four speakers (the rep and three
 * customers, two English-speaking and one Dutch), turns of one to eight cues drawn from the demo tenant's
 * stock phrases and a few questions, prices and objections, cues of 5 to 20 words (2 to 8 seconds), short
 * pauses inside a turn and longer ones between turns, Teams' cue identifiers and voice tags.
 */
export function generateBenchTranscript(minutes: number, seed = 1): { vtt: string; cueCount: number } {
  const rng = new Prng(seed);
  const speakerOf = (name: string, language: "en" | "nl"): BenchSpeaker => ({
    name,
    language,
    streamId: `${rng.hex(8)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(12)}`,
  });
  const rep = speakerOf(BENCH_REP, "en");
  const customers = [
    speakerOf("Lena Fischer", "en"),
    speakerOf("Jonas Weber", "en"),
    speakerOf("Sanne de Vries", "nl"),
  ];
  const sentences = {
    en: [...EN_PITCH.flat(), ...EN_BACKGROUND].map((sentence) => fillSlots(sentence, SLOTS)),
    nl: [...NL_PITCH.flat(), ...NL_BACKGROUND].map((sentence) => fillSlots(sentence, SLOTS)),
  };
  const backchannels = { en: EN_BACKCHANNELS, nl: NL_BACKCHANNELS };

  const cues: TranscriptCue[] = [];
  const phrases = new Map<string, number>();
  const endSeconds = minutes * 60;
  let clock = rng.between(1, 4);
  let previous: BenchSpeaker | null = null;

  while (clock < endSeconds) {
    const speaker: BenchSpeaker =
      previous === rep ? rng.pick(customers) : rng.chance(0.7) ? rep : rng.pick(customers);
    const language = speaker === rep ? (rng.chance(0.3) ? "nl" : "en") : speaker.language;
    const turnCues = speaker === rep ? 1 + Math.floor(rng.next() * 8) : 1 + Math.floor(rng.next() * 4);

    for (let i = 0; i < turnCues && clock < endSeconds; i++) {
      const text =
        i === 0 && speaker !== rep && rng.chance(0.3)
          ? rng.pick(backchannels[language])
          : rng.chance(0.08)
            ? rng.pick(EXTRA[language])
            : cueWords(rng.pick(sentences[language]), rng);
      const phrase = (phrases.get(speaker.streamId) ?? 0) + 1;
      phrases.set(speaker.streamId, phrase);
      const spoken = (text.split(" ").length / WORDS_PER_SECOND) * rng.between(0.9, 1.1);
      const duration = Math.min(LONGEST_CUE_SECONDS, Math.max(SHORTEST_CUE_SECONDS, spoken));
      cues.push({
        id: `${speaker.streamId}/${phrase}-0`,
        start: clock,
        end: clock + duration,
        speaker: speaker.name,
        text,
      });
      clock += duration + rng.between(0.05, 0.5);
    }
    clock += rng.between(0.3, 1.5);
    previous = speaker;
  }
  return { vtt: toWebVtt(cues), cueCount: cues.length };
}

/** 5 to 20 consecutive words of a sentence, as Teams cuts long sentences into several cues. */
function cueWords(sentence: string, rng: Prng): string {
  const words = sentence.split(" ");
  const count = Math.min(
    words.length,
    SHORTEST_CUE_WORDS + Math.floor(rng.next() * (LONGEST_CUE_WORDS - SHORTEST_CUE_WORDS + 1)),
  );
  const from = Math.floor(rng.next() * (words.length - count + 1));
  return words.slice(from, from + count).join(" ");
}
