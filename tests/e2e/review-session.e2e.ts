import { describe, expect, inject, it } from "vitest";
import { browserForThisFile } from "./support/browser.ts";

const baseUrl = inject("baseUrl");
const browser = browserForThisFile();

/** The review events in Megan's calendar, read from the demo tenant as Graph would give them to her. */
async function megansReviewInvites(): Promise<Array<{ subject: string; hasAttachments: boolean }>> {
  const users = (await (await fetch(`${baseUrl}/graph/demo/users`)).json()) as {
    value?: Array<{ userPrincipalName: string; displayName: string }>;
  };
  const megan = (users.value ?? []).find((user) => user.displayName === "Megan Bowen");
  if (!megan) throw new Error("The demo tenant has no Megan Bowen");
  const now = Date.now();
  const window = new URLSearchParams({
    startDateTime: new Date(now).toISOString(),
    endDateTime: new Date(now + 14 * 24 * 60 * 60 * 1000).toISOString(),
    $top: "100",
  });
  const response = await fetch(`${baseUrl}/graph/v1.0/me/calendarView?${window}`, {
    headers: { Authorization: `Bearer demo:${megan.userPrincipalName}` },
  });
  const body = (await response.json()) as { value: Array<{ subject: string; hasAttachments: boolean }> };
  return body.value.filter((event) => event.subject.startsWith("Call review"));
}

describe("schedule a review session with the manager", () => {
  it("flags a call, plans a review with the manager, previews it and schedules it once", async () => {
    // Other browser tests share the demo tenant and may schedule reviews of their own.
    const invitesBefore = (await megansReviewInvites()).length;
    const page = await browser.open(baseUrl);
    const subject = "Woodgrove Bank | Discovery: client onboarding";
    await page.getByRole("button", { name: `Flag ${subject}` }).click();
    const reframe = page.getByRole("dialog", { name: "Reframe this call" });
    // Its code is fetched when the pointer comes over the list, which for a script is the click itself.
    await reframe.waitFor();
    await page.keyboard.type("one prospect, one quarter");
    await reframe.getByRole("button", { name: "Done" }).click();
    await reframe.waitFor({ state: "detached" });

    await page.getByRole("tab", { name: "Reviews" }).click();
    await page.getByRole("button", { name: "Plan a review" }).click();
    await page.getByRole("heading", { name: "Your manager" }).waitFor();
    await page.getByText("Megan Bowen", { exact: false }).first().waitFor();
    await page.getByRole("button", { name: "Next" }).click();

    await page.getByRole("heading", { name: "What goes in" }).waitFor();
    await expect(
      page.getByRole("checkbox", { name: new RegExp(subject.replace(/[|]/g, "\\|")) }).isChecked(),
    ).resolves.toBe(true);
    await page.getByRole("button", { name: "Next" }).click();

    await page.getByRole("heading", { name: "When" }).waitFor();
    await page.getByRole("radio").first().check();
    await page.getByRole("button", { name: "Next" }).click();

    await page.getByRole("heading", { name: "What your manager receives" }).waitFor();
    await page.getByText("one prospect, one quarter").first().waitFor();
    const schedule = page.getByRole("button", { name: "Schedule the review" });
    // A double click: still one session.
    await schedule.dblclick();
    await page.getByText("Your review is scheduled").waitFor();
    await page.getByRole("link", { name: "Open the session in Outlook" }).waitFor();
    await page.getByRole("button", { name: "Done" }).click();

    await page.getByRole("tab", { name: "Calls" }).click();
    await page
      .getByRole("link", { name: /^In review on / })
      .first()
      .waitFor();

    const invites = await megansReviewInvites();
    expect(invites).toHaveLength(invitesBefore + 1);
    expect(invites.every((invite) => invite.hasAttachments)).toBe(true);
    await page.context().close();
  });
});
