import "../../i18n/features/manager.messages.ts";
import { Caption1, Link, makeStyles, Spinner, tokens, typographyStyles } from "@fluentui/react-components";
import { useEffect, useId, useState } from "react";
import { useI18n } from "../../i18n/index.ts";

/** An event in the signed-in demo user's calendar that can carry a review packet. */
export interface DemoReviewInvite {
  readonly id: string;
  readonly subject: string;
  readonly start: Date;
}

export interface DemoReviewInvitesProps {
  /** The events with attachments in the signed-in user's calendar. */
  readonly listInvites: (signal: AbortSignal) => Promise<readonly DemoReviewInvite[]>;
  /** The page that opens the manager's pane on an invite (`?pane=review&eventId=`). */
  readonly paneUrl: (eventId: string) => string;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  heading: { ...typographyStyles.body1Strong, margin: 0 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, maxWidth: "18rem" },
});

type Listing =
  | { readonly status: "loading" }
  | { readonly status: "ready"; readonly invites: readonly DemoReviewInvite[] }
  | { readonly status: "failed" };

/**
 * Demo only: the review invites in the signed-in user's calendar, each a link to the manager's Outlook pane on it
 * without Outlook, so a newcomer sees the manager's side in the same browser as the rep's.
 */
export function DemoReviewInvites({ listInvites, paneUrl }: DemoReviewInvitesProps) {
  const styles = useStyles();
  const { t, formatDate } = useI18n();
  const headingId = useId();
  const [listing, setListing] = useState<Listing>({ status: "loading" });

  useEffect(() => {
    const request = new AbortController();
    listInvites(request.signal).then(
      (invites) => !request.signal.aborted && setListing({ status: "ready", invites }),
      () => !request.signal.aborted && setListing({ status: "failed" }),
    );
    return () => request.abort();
  }, [listInvites]);

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {t("manager.demoInvitesHeading")}
      </h2>
      {listing.status === "loading" ? <Spinner size="tiny" label={t("common.loading")} /> : null}
      {listing.status === "failed" ? <Caption1>{t("manager.demoInvitesFailed")}</Caption1> : null}
      {listing.status === "ready" && listing.invites.length === 0 ? (
        <Caption1>{t("manager.demoInvitesNone")}</Caption1>
      ) : null}
      {listing.status === "ready" && listing.invites.length > 0 ? (
        <ul className={styles.list}>
          {listing.invites.map((invite) => (
            <li key={invite.id}>
              <Link href={paneUrl(invite.id)}>
                {t("manager.demoOpenInvite", {
                  subject: invite.subject,
                  date: formatDate(invite.start, { dateStyle: "medium", timeStyle: "short" }),
                })}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
