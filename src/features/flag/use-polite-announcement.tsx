import { type ReactNode, useCallback, useState } from "react";
import { useVisuallyHiddenStyles } from "../calls/index.ts";

export interface PoliteAnnouncement {
  /** Says `message` to a screen reader when it is idle; the same message twice is said twice. */
  announce(message: string): void;
  /** The live region; render it once, always, so it exists before anything is said through it. */
  readonly region: ReactNode;
}

/** A polite live region for what a sighted user sees happen elsewhere on the screen (a row flagged by a key). */
export function usePoliteAnnouncement(): PoliteAnnouncement {
  const hidden = useVisuallyHiddenStyles();
  const [said, setSaid] = useState({ message: "", count: 0 });
  const announce = useCallback(
    (message: string) => setSaid((previous) => ({ message, count: previous.count + 1 })),
    [],
  );
  // A trailing no-break space on every other message makes a repeated message a change the region reports.
  const text = said.count % 2 === 0 ? said.message : `${said.message}\u00a0`;
  return {
    announce,
    region: (
      <div role="status" className={hidden.root}>
        {text}
      </div>
    ),
  };
}
