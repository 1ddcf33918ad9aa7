import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";

/** How long the rep pauses typing before a draft is saved. */
export const DRAFT_SAVE_DELAY_MS = 500;

export interface DraftText {
  readonly text: string;
  /** Shows `text` at once and saves it once the rep pauses. */
  change(text: string): void;
  /** Saves what is pending now (e.g. when the field loses focus). */
  flush(): void;
}

/**
 * Text the rep is typing into a stored field: shown at once, saved when they pause, when the field loses focus
 * (call `flush`) and when it goes away, so no word is lost and the store is not asked on every keystroke.
 * A stored value that changes while nothing is pending (another tab's edit, a merge, deleted data) is shown;
 * while the rep is typing, their text wins until it is saved.
 */
export function useDraftText(
  stored: string,
  save: (text: string) => void,
  delayMs = DRAFT_SAVE_DELAY_MS,
): DraftText {
  const [text, setText] = useState(stored);
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef({ stored, save });
  useLayoutEffect(() => {
    latest.current = { stored, save };
  });

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const draft = pending.current;
    pending.current = null;
    if (draft !== null && draft !== latest.current.stored) latest.current.save(draft);
  }, []);

  const change = useCallback(
    (next: string) => {
      setText(next);
      pending.current = next;
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, delayMs);
    },
    [flush, delayMs],
  );

  useEffect(() => {
    if (pending.current === null) setText(stored);
  }, [stored]);

  useEffect(() => flush, [flush]);

  return { text, change, flush };
}
