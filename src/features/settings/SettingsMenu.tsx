import { Button } from "@fluentui/react-components";
import { MoreHorizontalRegular } from "@fluentui/react-icons";
import { type FocusEvent, type PointerEvent, Suspense, useId, useRef, useState } from "react";
import { FeatureBoundary } from "../../app/FeatureBoundary.tsx";
import { retryableLazy } from "../../app/retryable-lazy.tsx";
import { useLazyPopup } from "../../app/use-lazy-popup.tsx";
import { useI18n } from "../../i18n/index.ts";
import type { ButtonHintHandlers } from "./ButtonHint.tsx";

// Fluent's Menu and Tooltip, and the positioning library under both, are not the first screen's code: the button is
// drawn without them, and they are fetched as the pointer or focus comes to it, the menu at the latest on its first
// press.
const SettingsMenuList = retryableLazy(() =>
  import("./SettingsMenuList.tsx").then((module) => module.SettingsMenuList),
);
const ButtonHint = retryableLazy(() => import("./ButtonHint.tsx").then((module) => module.ButtonHint));

export interface SettingsMenuProps {
  readonly onDeleteData: () => void;
}

/** The rep's own settings, out of the way of their calls: for now, deleting everything Momentum stored. */
export function SettingsMenu({ onDeleteData }: SettingsMenuProps) {
  const { t } = useI18n();
  const id = useId();
  const menu = useLazyPopup(SettingsMenuList, <MoreHorizontalRegular />);
  // The hint (Fluent's Tooltip) is drawn from the first time the pointer or focus comes to the button.
  const [hintWanted, setHintWanted] = useState(false);
  const hint = useRef<ButtonHintHandlers | null>(null);
  const [pointerOnButton, setPointerOnButton] = useState(false);

  const onPointerEnter = (event: PointerEvent<HTMLButtonElement>) => {
    menu.triggerProps.onPointerEnter();
    setHintWanted(true);
    setPointerOnButton(true);
    hint.current?.onPointerEnter?.(event);
  };
  const onPointerLeave = (event: PointerEvent<HTMLButtonElement>) => {
    setPointerOnButton(false);
    hint.current?.onPointerLeave?.(event);
  };
  const onFocus = (event: FocusEvent<HTMLButtonElement>) => {
    menu.triggerProps.onFocus();
    setHintWanted(true);
    hint.current?.onFocus?.(event);
  };

  return (
    <>
      <Button
        id={id}
        appearance="subtle"
        // The button's name from the start; the hint, when it comes, says the same to the eye.
        aria-label={t("home.moreOptions")}
        aria-haspopup="menu"
        {...menu.triggerProps}
        onPointerEnter={onPointerEnter}
        onPointerLeave={onPointerLeave}
        onFocus={onFocus}
        onBlur={(event) => hint.current?.onBlur?.(event)}
        // ArrowDown opens the menu too, as on Fluent's MenuTrigger; Enter and Space press the button.
        onKeyDown={(event) => {
          if (event.key !== "ArrowDown") return;
          event.preventDefault();
          menu.show();
        }}
      />
      <FeatureBoundary feature="feature.settingsMenu">
        {/* On screen from the start with nothing in them, so the first press waits in its transition, not here. */}
        <Suspense fallback={null}>
          {hintWanted ? (
            <ButtonHint
              anchor={menu.anchor}
              content={t("home.moreOptions")}
              pointerOnAnchor={pointerOnButton}
              suppressed={menu.open}
              handlers={hint}
            />
          ) : null}
        </Suspense>
        <Suspense fallback={null}>
          {menu.mounted ? (
            <SettingsMenuList
              anchor={menu.anchor}
              open={menu.open}
              onOpenChange={menu.onPopupOpenChange}
              onDeleteData={onDeleteData}
            />
          ) : null}
        </Suspense>
      </FeatureBoundary>
    </>
  );
}
