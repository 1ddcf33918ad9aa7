/**
 * Makes each kind of `Intl` object the app uses, in its languages and the user's time zone, so that ICU loads its
 * data and finds the time zone on this thread rather than on the page's (see `intl-warm-up.ts`), then says so.
 */
const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const now = new Date();
for (const locale of new Set([navigator.language, "en", "nl"])) {
  try {
    new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone }).formatRange(
      now,
      now,
    );
    new Intl.NumberFormat(locale).format(1.5);
    new Intl.PluralRules(locale).select(2);
  } catch {
    // A language tag ICU refuses is the page's to handle; the others are warm all the same.
  }
}
postMessage("warm");
