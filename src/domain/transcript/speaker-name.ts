/**
 * A test for one person among a transcript's speakers: names compared case-insensitively after trimming
 * ("daan visser " is Daan Visser). A blank name matches nobody.
 */
export function speakerMatcher(name: string): (speaker: string | null) => boolean {
  const key = speakerKey(name);
  return (speaker) => key !== "" && speaker !== null && speakerKey(speaker) === key;
}

function speakerKey(name: string): string {
  return name.trim().toLowerCase();
}
