import { type PositioningProps, Tooltip, type TooltipTriggerProps } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";

/** What Fluent's Tooltip puts on its trigger to show and hide itself: the button takes these over. */
export type ButtonHintTriggerProps = Pick<
  TooltipTriggerProps,
  "ref" | "onPointerEnter" | "onPointerLeave" | "onFocus" | "onBlur"
>;

export interface ButtonHintProps {
  /** The button the hint is for, drawn without this code. */
  readonly anchor: HTMLElement | null;
  /** What the hint says: the button's own `aria-label`, so the hint is not read out a second time. */
  readonly content: string;
  /** The button's popup is open: the hint stays away, as Fluent's Tooltip does for a trigger whose popup is open. */
  readonly suppressed: boolean;
  /** Hands the button the Tooltip's handlers for its pointer and focus, and takes them back when the hint goes. */
  readonly onTriggerProps: (props: ButtonHintTriggerProps | null) => void;
}

/**
 * Fluent's Tooltip for an icon-only button that was drawn before the Tooltip's code (and its positioning library)
 * arrived: the Tooltip is positioned on the button and the button passes on its pointer and focus events, so the
 * hint comes and goes with Fluent's own delays and rules (Escape hides it; focus moved by code does not show it).
 */
export function ButtonHint({ anchor, content, suppressed, onTriggerProps }: ButtonHintProps) {
  // The pointer or keyboard focus that fetched this code is on the button already: its event came before the hint.
  const [visible, setVisible] = useState(
    () => anchor !== null && (anchor.matches(":hover") || anchor.matches(":focus-visible")),
  );
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
      {(triggerProps) => <TriggerPropsHandover triggerProps={triggerProps} onTriggerProps={onTriggerProps} />}
    </Tooltip>
  );
}

function TriggerPropsHandover({
  triggerProps: { ref, onPointerEnter, onPointerLeave, onFocus, onBlur },
  onTriggerProps,
}: {
  readonly triggerProps: TooltipTriggerProps;
  readonly onTriggerProps: ButtonHintProps["onTriggerProps"];
}) {
  // Fluent keeps these the same from render to render: handed over once, and taken back when the hint goes.
  useEffect(() => {
    onTriggerProps({ ref, onPointerEnter, onPointerLeave, onFocus, onBlur });
    return () => onTriggerProps(null);
  }, [onTriggerProps, ref, onPointerEnter, onPointerLeave, onFocus, onBlur]);
  return null;
}
