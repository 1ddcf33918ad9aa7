import { Spinner, useRestoreFocusTarget } from "@fluentui/react-components";
import { type ReactElement, useCallback, useRef, useState, useTransition } from "react";

/** What a popup's button needs of the popup's lazily loaded component: a way to fetch its code ahead of use. */
export interface PreloadablePopup {
  preload(): void;
}

/** Props for the Fluent `Button` that opens the popup; spread them on it. */
export interface LazyPopupTriggerProps {
  readonly ref: (button: HTMLElement | null) => void;
  readonly icon: ReactElement;
  readonly "aria-expanded": boolean;
  readonly "aria-busy": true | undefined;
  readonly onPointerEnter: () => void;
  readonly onFocus: () => void;
  readonly onClick: () => void;
}

export interface LazyPopup {
  /** The button, from the first time the pointer, focus or a press comes to it: the popup is positioned on it. */
  readonly anchor: HTMLElement | null;
  readonly open: boolean;
  /** Whether to render the popup: from its first opening on, so later ones are at once and closing animates. */
  readonly mounted: boolean;
  /** Opens the popup; the first time, it waits for the popup's code in a transition. */
  readonly show: () => void;
  /**
   * For the popup's own `onOpenChange`, with the event that asks for it if any. A press on the button reaches the
   * popup first as a press outside it: that one is left to the button, which toggles the popup itself (closing here
   * first would have the button's click open it again).
   */
  readonly onPopupOpenChange: (open: boolean, event?: { readonly target: EventTarget | null }) => void;
  readonly triggerProps: LazyPopupTriggerProps;
}

/**
 * A popup (a menu, a popover) whose code is not the first screen's: its button is drawn at once, without it, and
 * stays the one button. The code is fetched as the pointer or focus comes to the button, at the latest on its first
 * press; that press waits for it in a transition, the button as it is but marked busy (aria-busy, a spinner for its
 * icon), and another press meanwhile changes nothing. Focus returns to the button when the popup closes (Fluent's
 * popups do that for their own trigger only, which this button cannot be).
 */
export function useLazyPopup(popup: PreloadablePopup, icon: ReactElement): LazyPopup {
  // The button is handed to what is anchored on it (state) only once something may be: a ref callback that set
  // state would render the button's owner a second time inside the commit that first draws it, on a phone one of
  // start-up's longest tasks.
  const button = useRef<HTMLElement | null>(null);
  // Handed out as a callback, not the ref object itself, which does not type-check against Fluent's Button.
  const buttonRef = useCallback((element: HTMLElement | null) => {
    button.current = element;
  }, []);
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const anchorOnButton = () => setAnchor(button.current);
  const [open, setOpen] = useState(false);
  const [mounted, setMounted] = useState(false);
  const [arriving, startArriving] = useTransition();
  const restoreFocusTarget = useRestoreFocusTarget();

  const show = () => {
    anchorOnButton();
    if (mounted) {
      setOpen(true);
      return;
    }
    startArriving(() => {
      setMounted(true);
      setOpen(true);
    });
  };
  // The pointer or focus on the button: the popup may come next, so its code is fetched and its anchor set.
  const comingToButton = () => {
    anchorOnButton();
    popup.preload();
  };
  const onPopupOpenChange: LazyPopup["onPopupOpenChange"] = (nextOpen, event) => {
    if (!nextOpen && event?.target instanceof Node && button.current?.contains(event.target)) return;
    setOpen(nextOpen);
  };

  return {
    anchor,
    open,
    mounted,
    show,
    onPopupOpenChange,
    triggerProps: {
      ...restoreFocusTarget,
      ref: buttonRef,
      icon: arriving ? <Spinner size="extra-tiny" /> : icon,
      "aria-expanded": open,
      "aria-busy": arriving || undefined,
      onPointerEnter: comingToButton,
      onFocus: comingToButton,
      onClick: () => (open ? setOpen(false) : show()),
    },
  };
}
