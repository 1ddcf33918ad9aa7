import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { DocumentStore } from "./document.store.ts";

/** A file in a user's OneDrive app folder, as the emulator keeps it. */
export interface AppFolderFile {
  /** A driveItem ID; a file created again after a delete gets a new one, as in OneDrive. */
  readonly id: string;
  /** Relative to the app folder, with the case it was created with, e.g. `momentum/notes.json`. */
  readonly path: string;
  /** The bytes, base64: files are stored exactly as uploaded, valid JSON or not. */
  readonly contentBase64: string;
  readonly contentType: string;
  /** Counts the writes of this item; the eTag is `"{guid},version"`, so every write changes it. */
  readonly version: number;
  readonly guid: string;
  readonly createdDateTime: string;
  readonly lastModifiedDateTime: string;
}

const appFolderFileSchema = z.object({
  id: z.string(),
  path: z.string(),
  contentBase64: z.string(),
  contentType: z.string(),
  version: z.number().int().positive(),
  guid: z.string(),
  createdDateTime: z.string(),
  lastModifiedDateTime: z.string(),
});

/**
 * The users' app folders, persisted in the document store (collection `appFolder:<user ID>`, keyed by the
 * lower-cased path: OneDrive paths keep their case but ignore it when looking up). Folders are not stored:
 * a folder exists while a file lies under it.
 */
export class AppFolderStore {
  constructor(
    private readonly documents: DocumentStore,
    private readonly now: () => Date,
  ) {}

  /** Every file of the user's app folder. */
  files(userId: string): AppFolderFile[] {
    return this.documents
      .list(collectionOf(userId))
      .flatMap(([, document]) => {
        const parsed = appFolderFileSchema.safeParse(document);
        return parsed.success ? [parsed.data] : [];
      })
      .sort((a, b) => a.path.localeCompare(b.path));
  }

  file(userId: string, path: string): AppFolderFile | null {
    const parsed = appFolderFileSchema.safeParse(this.documents.get(collectionOf(userId), keyOf(path)));
    return parsed.success ? parsed.data : null;
  }

  /** The files at or under `path` (a file, or a folder and everything in it). */
  filesUnder(userId: string, path: string): AppFolderFile[] {
    const key = keyOf(path);
    return this.files(userId).filter((file) => {
      const fileKey = keyOf(file.path);
      return fileKey === key || fileKey.startsWith(`${key}/`);
    });
  }

  /** Creates or replaces the file's content; a new version either way. */
  async write(
    userId: string,
    path: string,
    content: Uint8Array,
    contentType: string,
  ): Promise<AppFolderFile> {
    const existing = this.file(userId, path);
    const at = this.now().toISOString();
    const file: AppFolderFile = {
      id: existing?.id ?? newDriveItemId(),
      path: existing?.path ?? path,
      contentBase64: Buffer.from(content).toString("base64"),
      contentType,
      version: (existing?.version ?? 0) + 1,
      guid: existing?.guid ?? randomUUID().toUpperCase(),
      createdDateTime: existing?.createdDateTime ?? at,
      lastModifiedDateTime: at,
    };
    await this.documents.put(collectionOf(userId), keyOf(path), { ...file });
    return file;
  }

  async delete(userId: string, files: readonly AppFolderFile[]): Promise<void> {
    for (const file of files) await this.documents.delete(collectionOf(userId), keyOf(file.path));
  }
}

/** Shaped like a OneDrive for Business item ID (`01` and 32 base32 characters). */
function newDriveItemId(): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return `01${Array.from(bytes, (byte) => alphabet[byte % 32]).join("")}`;
}

function collectionOf(userId: string): string {
  return `appFolder:${userId}`;
}

function keyOf(path: string): string {
  return path.toLowerCase();
}
