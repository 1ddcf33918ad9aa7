import * as z from "zod/mini";
import type { GraphClient } from "./graph-client.ts";
import { GraphRequestError } from "./graph-error.ts";
import { GraphScope } from "./graph-scopes.ts";

/** A person in the directory as Momentum needs to know them. */
export interface DirectoryUser {
  readonly id: string;
  readonly displayName: string;
  readonly mail: string | null;
  /** `null` for an organizational contact (a manager can be one). */
  readonly userPrincipalName: string | null;
}

export interface SignedInUser extends DirectoryUser {
  readonly userPrincipalName: string;
}

const USER_FIELDS = "id,displayName,mail,userPrincipalName";

const directoryUserSchema = z.object({
  id: z.string().check(z.minLength(1)),
  displayName: z.nullish(z.string()),
  mail: z.nullish(z.string()),
  userPrincipalName: z.nullish(z.string()),
});

/** `GET /me` with the fields Momentum reads (User.Read); also a `$batch` step's URL. */
export const SIGNED_IN_USER_PATH = `/me?$select=${USER_FIELDS}`;

/** The signed-in user (`GET /me`, User.Read). */
export async function getMe(client: GraphClient, signal?: AbortSignal): Promise<SignedInUser> {
  const body: unknown = await client
    .api(SIGNED_IN_USER_PATH, [GraphScope.UserRead])
    .option("signal", signal)
    .get();
  return signedInUserFrom(body);
}

/** The signed-in user from the body of `GET` {@link SIGNED_IN_USER_PATH}, sent alone or in a batch. */
export function signedInUserFrom(body: unknown): SignedInUser {
  const user = toDirectoryUser(body);
  if (!user.userPrincipalName) throw unreadable();
  return { ...user, userPrincipalName: user.userPrincipalName };
}

/**
 * The signed-in user's manager (`GET /me/manager`, User.Read.All), or `null` when the directory names none
 * (Graph answers 404): a normal state, after which the rep picks the manager by hand, just as after a 403
 * (no admin consent), which is left to reject so the UI can tell the two apart.
 */
export async function getManager(client: GraphClient, signal?: AbortSignal): Promise<DirectoryUser | null> {
  try {
    const body: unknown = await client
      .api(`/me/manager?$select=${USER_FIELDS}`, [GraphScope.UserReadAll])
      .option("signal", signal)
      .get();
    return toDirectoryUser(body);
  } catch (error) {
    if (error instanceof GraphRequestError && error.kind === "notFound") return null;
    throw error;
  }
}

/** The address a user is written to and recognised by: `mail`, else the UPN (an unlicensed account has no mail). */
export function primaryEmailOf(user: DirectoryUser): string | null {
  return user.mail || user.userPrincipalName;
}

function toDirectoryUser(body: unknown): DirectoryUser {
  const parsed = directoryUserSchema.safeParse(body);
  if (!parsed.success) throw unreadable();
  const { id, displayName, mail, userPrincipalName } = parsed.data;
  return {
    id,
    displayName: displayName?.trim() || mail || userPrincipalName || "",
    mail: mail || null,
    userPrincipalName: userPrincipalName || null,
  };
}

function unreadable(): GraphRequestError {
  return new GraphRequestError("Microsoft Graph sent a user without the expected fields", {
    kind: "other",
    status: null,
  });
}
