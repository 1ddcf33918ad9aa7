import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createTestGraphClient } from "./graph-client.fake.ts";
import { findTaggedMessages, sendMail } from "./mail.graph.ts";

const BASE = "http://graph.test/graph";
const server = setupServer();

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const PROPERTY_ID = "String {00020329-0000-0000-c000-000000000046} Name Tag";

interface BatchStep {
  readonly id: string;
  readonly method: string;
  readonly url: string;
}

/** Answers each batch step from `answer`, keeping the steps for the test to look at. */
function batchServer(answer: (step: BatchStep) => { status: number; body: unknown }): BatchStep[] {
  const steps: BatchStep[] = [];
  server.use(
    http.post(`${BASE}/v1.0/$batch`, async ({ request }) => {
      const { requests } = (await request.json()) as { requests: BatchStep[] };
      steps.push(...requests);
      return HttpResponse.json({
        responses: requests.map((step) => ({ id: step.id, headers: {}, ...answer(step) })),
      });
    }),
  );
  return steps;
}

const filterOf = (step: BatchStep) => new URL(step.url, "http://x").searchParams.get("$filter");

describe("sendMail", () => {
  it("POSTs the message to /me/sendMail, kept in Sent Items, with the Mail.Send permission", async () => {
    let sent: unknown = null;
    server.use(
      http.post(`${BASE}/v1.0/me/sendMail`, async ({ request }) => {
        sent = await request.json();
        return new HttpResponse(null, { status: 202 });
      }),
    );
    const { client, tokenRequests } = createTestGraphClient({ baseUrl: BASE });
    const message = {
      subject: "Follow-up",
      toRecipients: [{ emailAddress: { address: "daan@contoso.test" } }],
    };

    await sendMail(client, message);

    expect(sent).toEqual({ message, saveToSentItems: true });
    expect(tokenRequests).toEqual([["Mail.Send"]]);
  });

  it("does not send a second time when the connection drops", async () => {
    let posts = 0;
    server.use(
      http.post(`${BASE}/v1.0/me/sendMail`, () => {
        posts++;
        return HttpResponse.error();
      }),
    );
    const { client } = createTestGraphClient({ baseUrl: BASE });

    await expect(sendMail(client, { subject: "Follow-up" })).rejects.toMatchObject({ kind: "network" });
    expect(posts).toBe(1);
  });
});

describe("findTaggedMessages", () => {
  it("asks once per value with the documented filter, quotes escaped, and lists the matches newest first", async () => {
    const steps = batchServer((step) =>
      filterOf(step)?.includes("'review-1'")
        ? {
            status: 200,
            body: {
              value: [
                {
                  id: "m1",
                  subject: "Older",
                  receivedDateTime: "2026-11-20T09:00:00Z",
                  webLink: "https://o/1",
                },
                { id: "m2", subject: "Newer", receivedDateTime: "2026-11-21T09:00:00Z" },
              ],
            },
          }
        : { status: 200, body: { value: [] } },
    );
    const { client, tokenRequests } = createTestGraphClient({ baseUrl: BASE });

    const found = await findTaggedMessages(client, PROPERTY_ID, ["review-1", "o'brien", "review-1"]);

    expect(steps.map(filterOf)).toEqual([
      `singleValueExtendedProperties/any(ep: ep/id eq '${PROPERTY_ID}' and ep/value eq 'review-1')`,
      `singleValueExtendedProperties/any(ep: ep/id eq '${PROPERTY_ID}' and ep/value eq 'o''brien')`,
    ]);
    expect(steps.every((step) => step.method === "GET" && step.url.startsWith("/me/messages?"))).toBe(true);
    expect(new URL(steps[0]?.url ?? "", "http://x").searchParams.get("$select")).toBe(
      "id,subject,receivedDateTime,webLink",
    );
    expect(found.get("review-1")?.map((message) => message.subject)).toEqual(["Newer", "Older"]);
    expect(found.get("review-1")?.[1]).toEqual({
      id: "m1",
      subject: "Older",
      receivedAt: new Date("2026-11-20T09:00:00Z"),
      webLink: "https://o/1",
    });
    expect(found.get("o'brien")).toEqual([]);
    expect(tokenRequests).toEqual([["Mail.Read"]]);
  });

  it("fails as a whole when one value could not be looked for, rather than reporting it missing", async () => {
    batchServer((step) =>
      step.id === "1"
        ? { status: 403, body: { error: { code: "ErrorAccessDenied", message: "Access is denied." } } }
        : { status: 200, body: { value: [] } },
    );
    const { client } = createTestGraphClient({ baseUrl: BASE });

    await expect(findTaggedMessages(client, PROPERTY_ID, ["a", "b"])).rejects.toMatchObject({
      kind: "forbidden",
    });
  });

  it("asks Graph nothing for no values", async () => {
    const steps = batchServer(() => ({ status: 200, body: { value: [] } }));
    const { client } = createTestGraphClient({ baseUrl: BASE });

    await expect(findTaggedMessages(client, PROPERTY_ID, [])).resolves.toEqual(new Map());
    expect(steps).toEqual([]);
  });
});
