/** The rep of the sample call, as Teams names them in the transcript. */
export const SAMPLE_REP = "Daan Visser";
export const SAMPLE_CUSTOMER = "Lena Vos";

type Line = readonly [startSeconds: number, endSeconds: number, speaker: string | null, text: string];

/**
 * A six-minute discovery call with a moment of each common kind: the rep's long opening pitch (0:15), the price
 * named before the customer's story (1:07), an objection (1:34), a question streak (1:42), the customer's
 * longest story (3:18), next steps (5:32). One customer line quotes markup, which must show as text.
 */
export const SAMPLE_CALL_LINES: readonly Line[] = [
  [0, 8, SAMPLE_REP, "Hi Lena, thanks for making time today."],
  [9, 14, SAMPLE_CUSTOMER, "Happy to, Daan."],
  [15, 40, SAMPLE_REP, "Let me walk you through Contoso Flow first."],
  [41, 66, SAMPLE_REP, "It connects your order desk to your warehouse."],
  [67, 92, SAMPLE_REP, "And our price is forty euro per seat per month."],
  [94, 100, SAMPLE_CUSTOMER, "Honestly, that's too expensive for us."],
  [102, 108, SAMPLE_REP, "How do you take orders today?"],
  [110, 130, SAMPLE_CUSTOMER, "Mostly by email."],
  [131, 150, SAMPLE_CUSTOMER, "&lt;img src=x onerror=alert(1)&gt; is what our portal shows when it breaks."],
  [151, 170, SAMPLE_CUSTOMER, "So people phone us instead."],
  [172, 176, SAMPLE_REP, "Who handles those calls?"],
  [178, 190, SAMPLE_CUSTOMER, "Two people on the order desk."],
  [192, 196, SAMPLE_REP, "What does a bad day look like?"],
  [198, 260, SAMPLE_CUSTOMER, "Orders get lost and we apologise a lot."],
  [262, 300, SAMPLE_REP, "I see."],
  [302, 330, SAMPLE_CUSTOMER, "It is frustrating."],
  [332, 360, SAMPLE_REP, "Let's schedule a follow-up next week with your team."],
];

/** Teams-style WebVTT for `lines`. */
export function vttOf(lines: readonly Line[]): string {
  const clock = (seconds: number) => {
    const minutes = Math.floor(seconds / 60);
    return `00:${String(minutes).padStart(2, "0")}:${String(seconds % 60).padStart(2, "0")}.000`;
  };
  const cues = lines.map(
    ([start, end, speaker, text]) =>
      `${clock(start)} --> ${clock(end)}\n${speaker === null ? text : `<v ${speaker}>${text}</v>`}`,
  );
  return `WEBVTT\n\n${cues.join("\n\n")}\n`;
}

export const SAMPLE_CALL_VTT = vttOf(SAMPLE_CALL_LINES);
