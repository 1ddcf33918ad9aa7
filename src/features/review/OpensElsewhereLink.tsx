import { Link } from "@fluentui/react-components";
import { OpenRegular } from "@fluentui/react-icons";

export interface OpensElsewhereLinkProps {
  /** An https link into Outlook or Teams (the notes document and the mail lookup accept nothing else). */
  readonly href: string;
  readonly text: string;
  /** The whole sentence a screen reader says: which session or mail it opens. */
  readonly label: string;
}

/**
 * A link that opens the session or the mail in Outlook or Teams, in a new tab, with the icon that says so; the
 * opened page gets no handle on this one (`noopener`) and no referrer.
 */
export function OpensElsewhereLink({ href, text, label }: OpensElsewhereLinkProps) {
  return (
    <Link href={href} target="_blank" rel="noopener noreferrer" aria-label={label}>
      {text} <OpenRegular aria-hidden="true" />
    </Link>
  );
}
