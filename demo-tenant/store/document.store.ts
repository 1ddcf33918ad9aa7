import { deleteStateFile, readStateFile, writeStateFile } from "./state-file.ts";

/** A JSON value, as it survives a trip through the state file. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

interface PersistedState {
  readonly version: 1;
  /** collection → key → document. */
  readonly collections: Record<string, Record<string, JsonValue>>;
}

/**
 * What users change in the demo tenant (files in their app folder, events the app creates, mail it sends),
 * kept as JSON documents by collection and key, and written to the state file after every change.
 * The seeded calendar is not in here: it is rebuilt from the seed at every start.
 * Resource modules wrap a collection with their own typed, validated access.
 */
export class DocumentStore {
  private state: PersistedState;
  /** Writes happen one after the other, in the order the changes were made. */
  private writing: Promise<void> = Promise.resolve();

  constructor(private readonly stateFile: string | null) {
    this.state = stateFile === null ? emptyState() : loadState(stateFile);
  }

  get(collection: string, key: string): JsonValue | undefined {
    return this.state.collections[collection]?.[key];
  }

  list(collection: string): Array<[key: string, document: JsonValue]> {
    return Object.entries(this.state.collections[collection] ?? {});
  }

  /** Stores the document and resolves once it is on disk. */
  put(collection: string, key: string, document: JsonValue): Promise<void> {
    const documents = this.state.collections[collection] ?? {};
    documents[key] = structuredClone(document);
    this.state.collections[collection] = documents;
    return this.persist();
  }

  delete(collection: string, key: string): Promise<void> {
    const documents = this.state.collections[collection];
    if (!documents || !(key in documents)) return Promise.resolve();
    delete documents[key];
    return this.persist();
  }

  /** Forgets everything and deletes the state file. */
  async clear(): Promise<void> {
    this.state = emptyState();
    const stateFile = this.stateFile;
    if (stateFile === null) return;
    await this.enqueue(async () => {
      await deleteStateFile(stateFile);
    });
  }

  /** Resolves when every change made so far is on disk. */
  flushed(): Promise<void> {
    return this.writing;
  }

  private persist(): Promise<void> {
    const stateFile = this.stateFile;
    if (stateFile === null) return Promise.resolve();
    const snapshot = structuredClone(this.state);
    return this.enqueue(() => writeStateFile(stateFile, snapshot));
  }

  /** Runs after the writes before it; a failed write is reported to its caller and does not block the next. */
  private enqueue(write: () => Promise<void>): Promise<void> {
    const done = this.writing.then(write);
    this.writing = done.catch(() => undefined);
    return done;
  }
}

function emptyState(): PersistedState {
  return { version: 1, collections: {} };
}

function loadState(stateFile: string): PersistedState {
  let raw: unknown;
  try {
    raw = readStateFile(stateFile);
  } catch (error) {
    // A broken file must not stop the demo; the next change overwrites it.
    console.warn(`Demo tenant: ignoring unreadable state file ${stateFile}: ${String(error)}`);
    return emptyState();
  }
  if (raw === null) return emptyState();
  if (!isPersistedState(raw)) {
    console.warn(`Demo tenant: ignoring state file ${stateFile}: not a version 1 demo tenant state`);
    return emptyState();
  }
  return raw;
}

function isPersistedState(value: unknown): value is PersistedState {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as { version?: unknown; collections?: unknown };
  return (
    candidate.version === 1 && typeof candidate.collections === "object" && candidate.collections !== null
  );
}
