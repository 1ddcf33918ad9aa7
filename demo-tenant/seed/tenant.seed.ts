import { buildCalendarSeed, type CalendarSeedOptions } from "./calendar.seed.ts";
import { DIRECTORY_USERS, type DirectoryUser } from "./people.seed.ts";
import type { SeedMeeting, SeedOnlineMeeting } from "./seed.model.ts";

/** What a tenant is seeded with besides its clock: the believable demo unless told otherwise. */
export type SeedVariant = Pick<CalendarSeedOptions, "customerMeetings">;

/** The demo tenant as seeded for one day. */
export interface TenantSeed {
  readonly users: readonly DirectoryUser[];
  readonly meetings: readonly SeedMeeting[];
  /** Every Teams meeting behind the seeded events, once each (a recurring series shares one). */
  readonly onlineMeetings: readonly SeedOnlineMeeting[];
}

export function buildTenantSeed(options: CalendarSeedOptions): TenantSeed {
  const meetings = buildCalendarSeed(options);
  const onlineMeetings = new Map<string, SeedOnlineMeeting>();
  for (const meeting of meetings) {
    if (meeting.onlineMeeting && !onlineMeetings.has(meeting.onlineMeeting.id)) {
      onlineMeetings.set(meeting.onlineMeeting.id, meeting.onlineMeeting);
    }
  }
  return { users: DIRECTORY_USERS, meetings, onlineMeetings: [...onlineMeetings.values()] };
}
