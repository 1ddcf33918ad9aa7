import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { buildTenantSeed, type SeedVariant, type TenantSeed } from "../seed/tenant.seed.ts";
import { DocumentStore } from "./document.store.ts";

export interface TenantStoreOptions {
  /** `null` keeps everything in memory (tests). */
  readonly stateFile: string | null;
  readonly now: () => Date;
  readonly timeZone: string;
  readonly seed?: SeedVariant;
}

/**
 * Everything the emulator knows: the seeded directory and calendars (rebuilt around today, so the demo never
 * goes stale, and rebuilt again when the day changes under a long-running dev server) and the documents users
 * changed (persisted in the state file).
 */
export class TenantStore {
  readonly documents: DocumentStore;
  private cachedSeed: { readonly day: string; readonly seed: TenantSeed } | null = null;

  constructor(private readonly options: TenantStoreOptions) {
    this.documents = new DocumentStore(options.stateFile);
  }

  get now(): Date {
    return this.options.now();
  }

  get timeZone(): string {
    return this.options.timeZone;
  }

  get seed(): TenantSeed {
    const now = this.options.now();
    const day = format(new TZDate(now.getTime(), this.options.timeZone), "yyyy-MM-dd");
    if (this.cachedSeed?.day !== day) {
      this.cachedSeed = {
        day,
        seed: buildTenantSeed({ ...this.options.seed, now, timeZone: this.options.timeZone }),
      };
    }
    return this.cachedSeed.seed;
  }

  /** Back to the seed: forgets every change and deletes the state file. */
  async reset(): Promise<void> {
    this.cachedSeed = null;
    await this.documents.clear();
  }
}
