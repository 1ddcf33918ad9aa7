import { useEffect, useMemo } from "react";
import { useCallsStore } from "../calls/index.ts";
import { useNotesStore } from "../flag/NotesStoreProvider.tsx";
import { type ReviewCandidate, reviewCandidates } from "./review-candidates.ts";

/** The flagged calls a review can cover, newest first; asks for the recent calls if nobody has yet. */
export function useReviewCandidates(): {
  readonly candidates: readonly ReviewCandidate[];
  readonly loading: boolean;
} {
  const calendarCalls = useCallsStore((state) => state.calls);
  const callsStatus = useCallsStore((state) => state.status);
  const loadCalls = useCallsStore((state) => state.load);
  const loggedCalls = useNotesStore((state) => state.loggedCalls);
  const notes = useNotesStore((state) => state.notes);
  const reviews = useNotesStore((state) => state.reviews);

  useEffect(() => {
    if (callsStatus === "idle") void loadCalls();
  }, [callsStatus, loadCalls]);

  const candidates = useMemo(
    () => reviewCandidates(calendarCalls, loggedCalls, notes, reviews),
    [calendarCalls, loggedCalls, notes, reviews],
  );
  return { candidates, loading: callsStatus === "idle" || callsStatus === "loading" };
}
