import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Tooltip,
} from "@fluentui/react-components";
import { DeleteRegular, MoreHorizontalRegular } from "@fluentui/react-icons";
import { useI18n } from "../../i18n/index.ts";

export interface SettingsMenuProps {
  readonly onDeleteData: () => void;
}

/** The rep's own settings, out of the way of their calls: for now, deleting everything Momentum stored. */
export function SettingsMenu({ onDeleteData }: SettingsMenuProps) {
  const { t } = useI18n();
  return (
    <Menu positioning="below-end">
      <MenuTrigger disableButtonEnhancement>
        <Tooltip content={t("home.moreOptions")} relationship="label">
          <Button appearance="subtle" icon={<MoreHorizontalRegular />} />
        </Tooltip>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          <MenuItem icon={<DeleteRegular />} onClick={onDeleteData}>
            {t("deleteData.open")}
          </MenuItem>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
