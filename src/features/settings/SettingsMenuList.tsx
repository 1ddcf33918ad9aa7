import {
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  type MenuProps,
  type PositioningProps,
} from "@fluentui/react-components";
import { DeleteRegular } from "@fluentui/react-icons";
import { type SyntheticEvent, useMemo, useRef } from "react";
import { useI18n } from "../../i18n/index.ts";

export interface SettingsMenuListProps {
  /** The "More options" button: the menu opens below it and is named by it. */
  readonly anchor: HTMLElement | null;
  readonly open: boolean;
  /** With the event that asks for it, if any (see `useLazyPopup`'s `onPopupOpenChange`). */
  readonly onOpenChange: (open: boolean, event?: Event | SyntheticEvent) => void;
  readonly onDeleteData: () => void;
}

/**
 * The rep's settings menu behind "More options". Its own chunk: the button is drawn without this code, so it is not
 * the Menu's trigger but its positioning target, and it opens the menu itself (a press, Enter, Space, ArrowDown).
 */
export function SettingsMenuList({ anchor, open, onOpenChange, onDeleteData }: SettingsMenuListProps) {
  const { t } = useI18n();
  const popover = useRef<HTMLDivElement>(null);
  const positioning = useMemo<PositioningProps>(
    () => ({ target: anchor, position: "below", align: "end" }),
    [anchor],
  );

  const onMenuOpenChange: MenuProps["onOpenChange"] = (event, data) => {
    // Fluent's Menu gives focus back to its own trigger only. Done here, before the key's default action: Escape
    // leaves focus on the button, Tab moves on from it, as from a trigger's menu.
    if (!data.open && popover.current?.contains(anchor?.ownerDocument.activeElement ?? null)) anchor?.focus();
    onOpenChange(data.open, event);
  };

  return (
    <Menu open={open} onOpenChange={onMenuOpenChange} positioning={positioning}>
      <MenuPopover ref={popover}>
        <MenuList aria-labelledby={anchor?.id}>
          <MenuItem icon={<DeleteRegular />} onClick={onDeleteData}>
            {t("deleteData.open")}
          </MenuItem>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
