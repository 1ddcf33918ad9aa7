/**
 * A test for one person among a transcript's speakers: names compared case-insensitively after trimming
 * ("daan visser " is Daan Visser). A blank name matches nobody. Remembers each name it has seen, since a
 * transcript repeats a handful of names thousands of times.
 */
export function speakerMatcher(name: string): (speaker: string | null) => boolean {
  const key = speakerKey(name);
  const seen = new Map<string, boolean>();
  return (speaker) => {
    if (key === "" || speaker === null) return false;
    let matches = seen.get(speaker);
    if (matches === undefined) {
      matches = speakerKey(speaker) === key;
      seen.set(speaker, matches);
    }
    return matches;
  };
}

function speakerKey(name: string): string {
  return name.trim().toLowerCase();
}
