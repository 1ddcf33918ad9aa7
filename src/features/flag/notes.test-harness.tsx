import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, render, screen, waitFor } from "@testing-library/react";
import type { ReactElement } from "react";
import { afterAll, beforeAll, expect } from "vitest";
import type { CallTranscriptText } from "../../data/transcripts.repository.ts";
import type { Call } from "../../domain/calls/call.ts";
import { I18nProvider } from "../../i18n/index.ts";
import { FakeCallsRepository } from "../calls/calls.fake-repository.ts";
import { CallsStoreProvider, createCallsStore } from "../calls/index.ts";
import { createTranscriptStore, TranscriptStoreProvider } from "../transcript/index.ts";
import { FakeTranscriptsRepository } from "../transcript/transcripts.fake-repository.ts";
import { NotesStoreProvider } from "./NotesStoreProvider.tsx";
import { createFakeNotesStore, type FakeNotesStore } from "./notes.fake-store.ts";
import type { NotesState } from "./notes-state.ts";

/**
 * jsdom lays nothing out, and Tabster (Fluent's focus manager) takes an element without layout for hidden: a
 * dialog then finds nothing to focus, and hides itself from the accessibility tree. Enough layout for Tabster
 * to see what a browser would show: every element has a parent to lay it out, and the page has a size.
 */
const offsetParent = Object.getOwnPropertyDescriptor(HTMLElement.prototype, "offsetParent");
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, "offsetParent", {
    configurable: true,
    get(this: HTMLElement) {
      return this.parentElement;
    },
  });
  document.body.getBoundingClientRect = () => DOMRect.fromRect({ width: 1280, height: 800 });
});
afterAll(() => {
  if (offsetParent) Object.defineProperty(HTMLElement.prototype, "offsetParent", offsetParent);
  Reflect.deleteProperty(document.body, "getBoundingClientRect");
});

export interface HarnessOptions {
  readonly locale?: string;
  readonly timeZone?: string;
  readonly notes?: Partial<NotesState>;
  /** Each call's transcript; calls not named have none. */
  readonly transcripts?: Readonly<Record<string, CallTranscriptText>>;
}

export interface Harness {
  readonly repository: FakeCallsRepository;
  readonly notesStore: FakeNotesStore;
  readonly transcriptsRepository: FakeTranscriptsRepository;
  /** Answers the calendar's list request, then waits until the list is shown. */
  answerCalls(calls: readonly Call[]): Promise<void>;
}

/**
 * Renders `ui` as the app does (Fluent, language, time zone), with fake calls, an in-memory notes store and
 * fake transcripts.
 */
export function renderWithStores(
  ui: ReactElement,
  { locale = "en-US", timeZone = "Europe/Amsterdam", notes, transcripts = {} }: HarnessOptions = {},
): Harness {
  const repository = new FakeCallsRepository();
  const notesStore = createFakeNotesStore(notes);
  const transcriptsRepository = new FakeTranscriptsRepository().answerOtherCalls({
    status: "unavailable",
    reason: "noTranscript",
  });
  for (const [callId, transcript] of Object.entries(transcripts)) {
    transcriptsRepository.answer(callId, transcript);
  }
  render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider locale={locale} timeZone={timeZone}>
        <CallsStoreProvider store={createCallsStore(repository)}>
          <NotesStoreProvider store={notesStore}>
            <TranscriptStoreProvider store={createTranscriptStore(transcriptsRepository)}>
              {ui}
            </TranscriptStoreProvider>
          </NotesStoreProvider>
        </CallsStoreProvider>
      </I18nProvider>
    </FluentProvider>,
  );
  return {
    repository,
    notesStore,
    transcriptsRepository,
    async answerCalls(calls) {
      await waitFor(() => expect(repository.callRequests.length).toBeGreaterThan(0));
      // Inside act: the stores' subscribers render in a transition, which act waits for.
      await act(async () => repository.lastCallRequest.resolve([...calls]));
      await waitFor(() => expect(screen.queryByRole("progressbar")).not.toBeInTheDocument());
    },
  };
}

/** The list item of the call with this subject. */
export function rowOf(subject: string): HTMLElement {
  const row = screen.getByText(subject, { selector: "li *" }).closest("li");
  if (!row) throw new Error(`No row for ${subject}`);
  return row;
}
