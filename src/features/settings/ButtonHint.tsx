import { type PositioningProps, Tooltip, type TooltipTriggerProps } from "@fluentui/react-components";
import { type RefObject, useLayoutEffect, useMemo, useState } from "react";

/** The handlers Fluent's Tooltip puts on its trigger to show and hide itself: the button passes its events on. */
export type ButtonHintHandlers = Pick<
  TooltipTriggerProps,
  "onPointerEnter" | "onPointerLeave" | "onFocus" | "onBlur"
>;

export interface ButtonHintProps {
  /** The button the hint is for, drawn without this code. */
  readonly anchor: HTMLElement | null;
  /** What the hint says: the button's own `aria-label`, so the hint is not read out a second time. */
  readonly content: string;
  /** The pointer is on the button now: its arrival, which fetched this code, came before the hint. */
  readonly pointerOnAnchor: boolean;
  /** The button's popup is open: the hint stays away, as Fluent's Tooltip does for a trigger whose popup is open. */
  readonly suppressed: boolean;
  /**
   * Where the button finds the Tooltip's handlers for its pointer and focus events: set as the hint is drawn, in
   * the same commit (no render of the button in between, in which a pointer leaving would be missed).
   */
  readonly handlers: RefObject<ButtonHintHandlers | null>;
}

/**
 * Fluent's Tooltip for an icon-only button that was drawn before the Tooltip's code (and its positioning library)
 * arrived: the Tooltip is positioned on the button and the button passes on its pointer and focus events, so the
 * hint comes and goes with Fluent's own delays and rules (Escape hides it; focus moved by code does not show it).
 */
export function ButtonHint({ anchor, content, pointerOnAnchor, suppressed, handlers }: ButtonHintProps) {
  // The pointer or keyboard focus that fetched this code may still be on the button: it has waited long enough.
  const [visible, setVisible] = useState(() => pointerOnAnchor || anchor?.matches(":focus-visible") === true);
  if (suppressed && visible) setVisible(false);
  const positioning = useMemo<PositioningProps>(() => ({ target: anchor, position: "above" }), [anchor]);
  return (
    <Tooltip
      content={content}
      relationship="inaccessible"
      positioning={positioning}
      visible={visible && !suppressed}
      onVisibleChange={(_event, data) => setVisible(data.visible)}
    >
      {(triggerProps) => (
        <TriggerPropsHandover anchor={anchor} triggerProps={triggerProps} handlers={handlers} />
      )}
    </Tooltip>
  );
}

function TriggerPropsHandover({
  anchor,
  triggerProps: { ref, onPointerEnter, onPointerLeave, onFocus, onBlur },
  handlers,
}: {
  readonly anchor: HTMLElement | null;
  readonly triggerProps: TooltipTriggerProps;
  readonly handlers: ButtonHintProps["handlers"];
}) {
  // Fluent keeps these the same from render to render: handed over once, and taken back when the hint goes.
  useLayoutEffect(() => {
    handlers.current = { onPointerEnter, onPointerLeave, onFocus, onBlur };
    // Fluent's own ref on its trigger tells focus moved by code (a menu giving it back) from the keyboard's.
    if (typeof ref === "function") ref(anchor);
    return () => {
      handlers.current = null;
      if (typeof ref === "function") ref(null);
    };
  }, [handlers, anchor, ref, onPointerEnter, onPointerLeave, onFocus, onBlur]);
  return null;
}
