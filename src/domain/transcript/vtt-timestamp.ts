const COLON = 0x3a;
const DOT = 0x2e;
const COMMA = 0x2c;
const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;
/** Fraction digits beyond this are only used for rounding (Teams writes up to seven). */
const FRACTION_DIGITS_KEPT = 4;

/**
 * Reads a WebVTT timestamp as milliseconds, or `null` when it is not one. Teams is looser than the WebVTT
 * spec, so this accepts what it writes: hours optional (`01:02.500`), fields unpadded (`0:0:5.320`), any
 * number of fraction digits (`0:0:0.0`, `00:00:05.3200000`, rounded to the millisecond), or none; a comma
 * as decimal mark is taken too, as SubRip-minded exporters write one. Minutes or seconds of 60 and up are
 * read arithmetically rather than rejected: the meaning is unambiguous.
 */
export function parseVttTimestamp(token: string): number | null {
  const fields = [0, 0, 0];
  let fieldCount = 0;
  let digitsInField = 0;
  let value = 0;
  let index = 0;
  const length = token.length;

  for (; index < length; index++) {
    const code = token.charCodeAt(index);
    if (code >= DIGIT_0 && code <= DIGIT_9) {
      value = value * 10 + (code - DIGIT_0);
      digitsInField++;
    } else if (code === COLON) {
      if (digitsInField === 0 || fieldCount === 2) return null;
      fields[fieldCount++] = value;
      value = 0;
      digitsInField = 0;
    } else if (code === DOT || code === COMMA) {
      break;
    } else {
      return null;
    }
  }
  if (digitsInField === 0 || fieldCount === 0) return null;
  fields[fieldCount++] = value;

  let fractionMs = 0;
  if (index < length) {
    let fraction = 0;
    let scale = 1;
    let fractionDigits = 0;
    for (index++; index < length; index++) {
      const code = token.charCodeAt(index);
      if (code < DIGIT_0 || code > DIGIT_9) return null;
      if (fractionDigits < FRACTION_DIGITS_KEPT) {
        fraction = fraction * 10 + (code - DIGIT_0);
        scale *= 10;
      }
      fractionDigits++;
    }
    if (fractionDigits === 0) return null;
    fractionMs = Math.round((fraction * 1000) / scale);
  }

  const [hours, minutes, seconds] = fieldCount === 3 ? fields : [0, fields[0], fields[1]];
  const total = (((hours ?? 0) * 60 + (minutes ?? 0)) * 60 + (seconds ?? 0)) * 1000 + fractionMs;
  return Number.isSafeInteger(total) ? total : null;
}
