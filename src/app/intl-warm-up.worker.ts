/**
 * Makes each kind of `Intl` object the app uses, in its languages and the user's time zone, so that ICU loads its
 * data and finds the time zone on this thread rather than on the page's (see `intl-warm-up.ts`), then says so.
 */
const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const now = new Date();
// A call's row shows a range of two times; a range of two equal instants is formatted as a single date and
// leaves ICU's interval patterns unloaded (the page's first row range: ~1 ms on this machine before, 0.3 ms after).
const later = new Date(now.getTime() + 45 * 60_000);
for (const locale of new Set([navigator.language, "en", "nl"])) {
  try {
    new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone }).formatRange(
      now,
      now,
    );
    new Intl.DateTimeFormat(locale, { timeStyle: "short", timeZone }).formatRange(now, later);
    new Intl.NumberFormat(locale).format(1.5);
    new Intl.PluralRules(locale).select(2);
  } catch {
    // A language tag ICU refuses is the page's to handle; the others are warm all the same.
  }
}
postMessage("warm");
