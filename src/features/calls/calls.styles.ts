import { makeStyles } from "@fluentui/react-components";

/** The calls view is a size container, so rows lay out by the pane's width (Outlook pane or Teams tab). */
export const CALLS_CONTAINER = "calls";
/** Wide enough to put a row on one line. */
export const WIDE_LAYOUT = `@container ${CALLS_CONTAINER} (min-width: 640px)`;

/** Read by screen readers, not shown. */
export const useVisuallyHiddenStyles = makeStyles({
  root: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
    border: 0,
  },
});

/** A list of call rows, without bullets or indent. */
export const useCallListStyles = makeStyles({
  root: { listStyleType: "none", margin: 0, padding: 0 },
});
