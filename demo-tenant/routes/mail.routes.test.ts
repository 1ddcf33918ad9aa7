import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Message } from "@microsoft/microsoft-graph-types";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createDemoTenant } from "../demo-tenant.ts";
import { DEMO_COLLEAGUE_UPNS, DEMO_MANAGER_UPN, DEMO_REP_UPN } from "../demo-users.ts";
import { type DemoTenantServer, startDemoTenantServer } from "../test-server.ts";
import { type GraphErrorBody, graphClient, WEDNESDAY } from "../testing/demo-tenant.fixture.ts";

const TAG = "String {8e8f4a52-2f5c-4c52-9a57-3f0d4f6e1b21} Name MomentumReviewId";

let server: DemoTenantServer;
beforeEach(async () => {
  server = await startDemoTenantServer({ now: () => WEDNESDAY });
});
afterEach(() => server.close());

interface MessagePage {
  readonly value: Message[];
  readonly "@odata.nextLink"?: string;
}

function followUp(reviewId: string, overrides: Record<string, unknown> = {}) {
  return {
    message: {
      subject: "Follow-up on our call review",
      body: { contentType: "HTML", content: "<p>What we agreed: ask before pricing.</p>" },
      toRecipients: [{ emailAddress: { address: DEMO_REP_UPN, name: "Daan Visser" } }],
      singleValueExtendedProperties: [{ id: TAG, value: reviewId }],
      ...overrides,
    },
  };
}

async function send(body: unknown, as = DEMO_MANAGER_UPN): Promise<Response> {
  return graphClient(server, as)("/me/sendMail", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
}

async function messages(query: string, as = DEMO_REP_UPN): Promise<MessagePage> {
  const response = await graphClient(server, as)(`/me/messages${query}`);
  expect(response.status).toBe(200);
  return (await response.json()) as MessagePage;
}

const taggedWith = (reviewId: string, id = TAG) =>
  `?$filter=${encodeURIComponent(
    `singleValueExtendedProperties/any(ep: ep/id eq '${id}' and ep/value eq '${reviewId.replaceAll("'", "''")}')`,
  )}`;

describe("sending mail", () => {
  it("answers 202 without a body, and the message arrives in the recipient's mailbox", async () => {
    const response = await send(followUp("review-1"));

    expect(response.status).toBe(202);
    expect(await response.text()).toBe("");
    const { value } = await messages("");
    expect(value).toHaveLength(1);
    expect(value[0]).toMatchObject({
      subject: "Follow-up on our call review",
      from: { emailAddress: { address: DEMO_MANAGER_UPN, name: "Megan Bowen" } },
      toRecipients: [{ emailAddress: { address: DEMO_REP_UPN, name: "Daan Visser" } }],
      body: { contentType: "html", content: "<p>What we agreed: ask before pricing.</p>" },
      bodyPreview: "What we agreed: ask before pricing.",
      isRead: false,
      parentFolderId: "inbox",
      receivedDateTime: "2026-11-18T13:00:00.0000000Z",
    });
  });

  it("keeps the sender's copy in Sent Items unless told not to, and shows nobody a Bcc", async () => {
    await send(
      followUp("review-1", { bccRecipients: [{ emailAddress: { address: DEMO_COLLEAGUE_UPNS[0] } }] }),
    );
    await send(followUp("review-2"));
    await send({ ...followUp("review-3"), saveToSentItems: false });

    const sent = await messages("", DEMO_MANAGER_UPN);
    expect(sent.value.map((message) => message.parentFolderId)).toEqual(["sentitems", "sentitems"]);
    const blind = await messages("", DEMO_COLLEAGUE_UPNS[0]);
    expect(blind.value).toHaveLength(1);
    expect(blind.value[0]?.bccRecipients).toEqual([]);
    expect((await messages("")).value).toHaveLength(3);
  });

  it("refuses a message without recipients, and an extended property ID Exchange would not take", async () => {
    const noOne = await send(followUp("review-1", { toRecipients: [] }));
    expect(noOne.status).toBe(400);
    expect(((await noOne.json()) as GraphErrorBody).error.code).toBe("ErrorInvalidRecipients");

    const badTag = await send(
      followUp("review-1", { singleValueExtendedProperties: [{ id: "MomentumReviewId", value: "x" }] }),
    );
    expect(badTag.status).toBe(400);
    expect((await messages("")).value).toEqual([]);
  });
});

describe("finding messages by an extended property", () => {
  it("finds the messages tagged with a value, and only those, with the name exact and the value in any case", async () => {
    await send(followUp("review-1"));
    await send(followUp("review-2"));
    await send(followUp("Review-O'Brien"));

    expect((await messages(taggedWith("review-1"))).value).toHaveLength(1);
    expect((await messages(taggedWith("REVIEW-1"))).value).toHaveLength(1);
    expect((await messages(taggedWith("review-o'brien"))).value).toHaveLength(1);
    expect((await messages(taggedWith("review-9"))).value).toEqual([]);
    const nameInOtherCase = "String {8e8f4a52-2f5c-4c52-9a57-3f0d4f6e1b21} Name momentumreviewid";
    expect((await messages(taggedWith("review-1", nameInOtherCase))).value).toEqual([]);
    const typeAndGuidInOtherCase = "string {8E8F4A52-2F5C-4C52-9A57-3F0D4F6E1B21} Name MomentumReviewId";
    expect((await messages(taggedWith("review-1", typeAndGuidInOtherCase))).value).toHaveLength(1);
  });

  it("honours $select and $top and pages with a next link", async () => {
    for (const id of ["a", "a", "a"]) await send(followUp(id));

    const page = await messages(`${taggedWith("a")}&$select=subject,receivedDateTime&$top=2`);

    expect(page.value).toHaveLength(2);
    expect(Object.keys(page.value[0] ?? {}).sort()).toEqual([
      "@odata.etag",
      "id",
      "receivedDateTime",
      "subject",
    ]);
    expect(page["@odata.nextLink"]).toContain("%24skip=2");
  });

  it("answers a filter it cannot read with 400, and a sort next to the filter with InefficientFilter", async () => {
    const client = graphClient(server);
    const malformed = await client(`/me/messages?$filter=${encodeURIComponent("subject eq 'x'")}`);
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as GraphErrorBody).error.code).toBe("BadRequest");

    const sorted = await client(`/me/messages${taggedWith("a")}&$orderby=receivedDateTime%20desc`);
    expect(sorted.status).toBe(400);
    expect(((await sorted.json()) as GraphErrorBody).error.code).toBe("InefficientFilter");
  });

  it("runs the filter inside a $batch, as the app sends it", async () => {
    await send(followUp("review-1"));

    const response = await graphClient(server)("/$batch", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        requests: [{ id: "1", method: "GET", url: `/me/messages${taggedWith("review-1")}&$select=id` }],
      }),
    });
    const { responses } = (await response.json()) as {
      responses: Array<{ status: number; body: MessagePage }>;
    };

    expect(responses[0]?.status).toBe(200);
    expect(responses[0]?.body.value).toHaveLength(1);
  });

  it("refuses to read another user's mailbox (403), and reads one message of one's own", async () => {
    await send(followUp("review-1"));
    const [received] = (await messages("")).value;

    const theirs = await graphClient(server, DEMO_MANAGER_UPN)(`/users/${DEMO_REP_UPN}/messages`);
    expect(theirs.status).toBe(403);
    expect(((await theirs.json()) as GraphErrorBody).error.code).toBe("ErrorAccessDenied");

    const own = await graphClient(server)(
      `/me/messages/${encodeURIComponent(received?.id ?? "")}?$select=subject`,
    );
    expect(((await own.json()) as Message).subject).toBe("Follow-up on our call review");
    expect((await graphClient(server)("/me/messages/AAMkADnothing")).status).toBe(404);
  });
});

describe("mail's persistence", () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), "mail-"));
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it("survives a restart of the demo tenant", async () => {
    const stateFile = join(folder, "state.json");
    const request = (path: string, as: string, init: RequestInit = {}) =>
      new Request(`http://demo.test/graph/v1.0${path}`, {
        ...init,
        headers: { authorization: `Bearer demo:${as}`, "content-type": "application/json" },
      });
    const before = createDemoTenant({ stateFile, now: () => WEDNESDAY });
    await before.fetch(
      request("/me/sendMail", DEMO_MANAGER_UPN, { method: "POST", body: JSON.stringify(followUp("kept")) }),
    );
    await before.store.documents.flushed();

    const after = createDemoTenant({ stateFile, now: () => WEDNESDAY });
    const page = (await (
      await after.fetch(request(`/me/messages${taggedWith("kept")}`, DEMO_REP_UPN))
    ).json()) as MessagePage;

    expect(page.value).toHaveLength(1);
  });
});
