import { GraphClientError } from "@microsoft/microsoft-graph-client";
import { InteractionRequiredError } from "../auth/token-provider.ts";
import { parseRetryAfterMs } from "./retry-policy.ts";

/** What went wrong, in the terms the UI explains to a user (it localizes by kind). */
export type GraphErrorKind =
  | "throttled"
  | "unavailable"
  | "network"
  | "unauthorized"
  | "forbidden"
  | "notFound"
  | "preconditionFailed"
  | "badRequest"
  | "other";

export interface GraphRequestErrorDetails {
  readonly kind: GraphErrorKind;
  /** The HTTP status; `null` when no response arrived (a dropped connection, no token). */
  readonly status: number | null;
  /** Graph's error code, e.g. `TooManyRequests` or `Request_ResourceNotFound`. */
  readonly code?: string | null;
  /** The innermost code, e.g. `GraphAccessToTranscriptsDisabled` under a 403 `Forbidden`. */
  readonly innerCode?: string | null;
  /** Graph's `request-id`: what Microsoft support asks for. */
  readonly requestId?: string | null;
  /** How long Graph asked us to wait (429, 503) when retrying gave up; `null` when it did not say. */
  readonly retryAfterMs?: number | null;
  readonly cause?: unknown;
}

/**
 * A Graph request that failed, whatever the cause. The message is for developers and never holds a token or
 * a response body (Graph's own messages can quote user content); the UI localizes by {@link kind}.
 *
 * It extends the SDK's `GraphClientError` for one reason: `GraphRequest` rethrows that class untouched and wraps
 * anything else in its own `GraphError`, so this is how the client's error middleware gets it to the caller.
 */
export class GraphRequestError extends GraphClientError {
  override readonly name = "GraphRequestError";
  readonly kind: GraphErrorKind;
  readonly status: number | null;
  readonly code: string | null;
  readonly innerCode: string | null;
  readonly requestId: string | null;
  readonly retryAfterMs: number | null;

  constructor(message: string, details: GraphRequestErrorDetails) {
    super(message);
    // GraphClientError's constructor pins the prototype to itself; restore this subclass's.
    Object.setPrototypeOf(this, new.target.prototype);
    this.kind = details.kind;
    this.status = details.status;
    this.code = details.code ?? null;
    this.innerCode = details.innerCode ?? null;
    this.requestId = details.requestId ?? null;
    this.retryAfterMs = details.retryAfterMs ?? null;
    if (details.cause !== undefined) this.cause = details.cause;
  }
}

export function errorKindOfStatus(status: number): GraphErrorKind {
  switch (status) {
    case 400:
    case 422:
      return "badRequest";
    case 401:
      return "unauthorized";
    case 403:
      return "forbidden";
    case 404:
    case 410:
      return "notFound";
    case 412:
      return "preconditionFailed";
    case 429:
      return "throttled";
    case 502:
    case 503:
    case 504:
      return "unavailable";
    default:
      return "other";
  }
}

/** The error a failed response stands for; `body` is its parsed JSON (anything else is ignored). */
export function graphRequestErrorFromResponse(
  status: number,
  headers: Headers,
  body: unknown,
  cause?: unknown,
): GraphRequestError {
  const error = graphErrorBody(body);
  const code = error?.code || null;
  return new GraphRequestError(`Microsoft Graph answered ${status}${code ? ` (${code})` : ""}`, {
    kind: errorKindOfStatus(status),
    status,
    code,
    innerCode: innermostCode(error?.innerError) ?? null,
    requestId: stringOrNull(error?.innerError?.["request-id"]) ?? headers.get("request-id"),
    retryAfterMs: parseRetryAfterMs(headers.get("Retry-After")),
    cause,
  });
}

/** Reads a failed `fetch` response (consuming its body) into the error it stands for. */
export async function graphRequestErrorFromFetchResponse(response: Response): Promise<GraphRequestError> {
  const text = await response.text().catch(() => "");
  return graphRequestErrorFromResponse(response.status, response.headers, parseJsonOrNull(text));
}

/**
 * Turns whatever a Graph call threw into a {@link GraphRequestError}: our own errors pass through, the SDK's
 * `GraphError` keeps its status and codes, a `fetch` `TypeError` is a dropped connection, and a token that only
 * the user can obtain (sign-in, consent) is `unauthorized`, with the original kept as `cause`.
 */
export function toGraphRequestError(error: unknown): GraphRequestError {
  if (error instanceof GraphRequestError) return error;
  if (error instanceof InteractionRequiredError) {
    return new GraphRequestError("A Graph token needs the user to sign in or consent", {
      kind: "unauthorized",
      status: null,
      cause: error,
    });
  }
  if (isSdkGraphError(error)) {
    if (error.statusCode > 0) {
      // The SDK keeps the `error` member of Graph's body, serialized, in `body`.
      const body = typeof error.body === "string" ? { error: parseJsonOrNull(error.body) } : null;
      return graphRequestErrorFromResponse(error.statusCode, error.headers ?? new Headers(), body, error);
    }
    if (error.code === "TypeError") return networkError(error);
  }
  if (error instanceof TypeError) return networkError(error);
  return new GraphRequestError("A Graph request failed", { kind: "other", status: null, cause: error });
}

function networkError(cause: unknown): GraphRequestError {
  return new GraphRequestError("Microsoft Graph could not be reached", {
    kind: "network",
    status: null,
    cause,
  });
}

interface GraphErrorBody {
  readonly code?: string;
  readonly innerError?: InnerError;
}

interface InnerError {
  readonly code?: unknown;
  readonly "request-id"?: unknown;
  readonly innerError?: InnerError;
}

function graphErrorBody(body: unknown): GraphErrorBody | null {
  if (typeof body !== "object" || body === null || !("error" in body)) return null;
  const { error } = body;
  return typeof error === "object" && error !== null ? (error as GraphErrorBody) : null;
}

/** Graph nests the specific reason (`GraphAccessToTranscriptsDisabled`) in `innerError.code`, sometimes deeper. */
function innermostCode(inner: InnerError | undefined): string | undefined {
  if (!inner) return undefined;
  return innermostCode(inner.innerError) ?? stringOrNull(inner.code) ?? undefined;
}

function stringOrNull(value: unknown): string | null {
  return typeof value === "string" && value !== "" ? value : null;
}

function parseJsonOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The SDK's `GraphError`, recognised by shape: the SDK ships CommonJS and ES builds, so `instanceof` is unreliable. */
interface SdkGraphError {
  readonly statusCode: number;
  readonly code: string | null;
  readonly headers?: Headers;
  readonly body?: unknown;
}

function isSdkGraphError(error: unknown): error is SdkGraphError {
  return error instanceof Error && typeof (error as Partial<SdkGraphError>).statusCode === "number";
}
