import "../../i18n/features/insights.messages.ts";
import { makeStyles, mergeClasses, tokens, typographyStyles } from "@fluentui/react-components";
import type { SpeakerTalk } from "../../domain/transcript/index.ts";
import { useI18n } from "../../i18n/index.ts";
import { formatSpokenDuration } from "./spoken-duration.ts";

export interface TalkShareChartProps {
  /** Every named speaker, most speech first. */
  readonly speakers: readonly SpeakerTalk[];
}

/** In Windows high contrast (forced colors) backgrounds are dropped unless the element opts out. */
const FORCED_COLORS = "@media (forced-colors: active)";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  // One flex row: each speaker grows by their share, and the gaps between segments show the page's
  // background, so neighbouring segments stay apart in every theme, high contrast included (where Teams
  // paints every palette color white).
  bar: {
    display: "flex",
    gap: tokens.spacingHorizontalXXS,
    height: "16px",
    borderRadius: tokens.borderRadiusMedium,
    overflow: "hidden",
  },
  segment: {
    flexBasis: 0,
    minWidth: tokens.spacingHorizontalXXS,
    [FORCED_COLORS]: { forcedColorAdjust: "none", backgroundColor: "CanvasText" },
  },
  rep: {
    backgroundColor: tokens.colorBrandBackground,
    [FORCED_COLORS]: { backgroundColor: "Highlight" },
  },
  other0: { backgroundColor: tokens.colorPaletteBerryBorderActive },
  other1: { backgroundColor: tokens.colorPaletteTealBorderActive },
  other2: { backgroundColor: tokens.colorPaletteMarigoldBorderActive },
  other3: { backgroundColor: tokens.colorPaletteLavenderBorderActive },
  rest: { backgroundColor: tokens.colorNeutralForeground3 },
  swatch: {
    display: "inline-block",
    verticalAlign: "baseline",
    flexShrink: 0,
    width: "10px",
    height: "10px",
    borderRadius: tokens.borderRadiusSmall,
    marginInlineEnd: tokens.spacingHorizontalS,
    [FORCED_COLORS]: { forcedColorAdjust: "none", backgroundColor: "CanvasText" },
  },
  table: { ...typographyStyles.caption1, width: "100%", borderCollapse: "collapse" },
  cell: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    textAlign: "start",
    verticalAlign: "baseline",
  },
  columnHeading: { fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2 },
  speaker: { fontWeight: tokens.fontWeightRegular, overflowWrap: "anywhere" },
  // Numbers take the room they need; the names wrap into the rest.
  number: { textAlign: "end", whiteSpace: "nowrap", width: "1%", fontVariantNumeric: "tabular-nums" },
});

/**
 * Each speaker's share of talk time: one horizontal stacked bar, and a table that says the same in words.
 *
 * The bar is a row of styled elements rather than a chart library: a single bar of a few segments needs no
 * scales or axes, and this way it uses the theme's tokens and needs nothing loaded. It is hidden from
 * screen readers because the table right under it carries the same figures, names first, for everyone.
 */
export function TalkShareChart({ speakers }: TalkShareChartProps) {
  const styles = useStyles();
  const i18n = useI18n();
  const { t, formatNumber } = i18n;
  const palette = [styles.other0, styles.other1, styles.other2, styles.other3];

  let others = 0;
  const painted = speakers.map((speaker) => ({
    speaker,
    color: speaker.isRep ? styles.rep : (palette[others++] ?? styles.rest),
  }));

  return (
    <div className={styles.root}>
      <div className={styles.bar} aria-hidden="true">
        {painted.map(({ speaker, color }) => (
          <div
            key={speaker.name}
            className={mergeClasses(styles.segment, color)}
            style={{ flexGrow: speaker.share }}
          />
        ))}
      </div>
      <table className={styles.table} aria-label={t("insights.talkTimeTable")}>
        <thead>
          <tr>
            <th scope="col" className={mergeClasses(styles.cell, styles.columnHeading)}>
              {t("insights.speaker")}
            </th>
            <th scope="col" className={mergeClasses(styles.cell, styles.columnHeading, styles.number)}>
              {t("insights.share")}
            </th>
            <th scope="col" className={mergeClasses(styles.cell, styles.columnHeading, styles.number)}>
              {t("insights.talkTime")}
            </th>
          </tr>
        </thead>
        <tbody>
          {painted.map(({ speaker, color }) => (
            <tr key={speaker.name}>
              <th scope="row" className={mergeClasses(styles.cell, styles.speaker)}>
                <span className={mergeClasses(styles.swatch, color)} aria-hidden="true" />
                {speaker.isRep ? t("insights.speakerIsYou", { name: speaker.name }) : speaker.name}
              </th>
              <td className={mergeClasses(styles.cell, styles.number)}>
                {formatNumber(speaker.share, { style: "percent", maximumFractionDigits: 0 })}
              </td>
              <td className={mergeClasses(styles.cell, styles.number)}>
                {formatSpokenDuration(speaker.speechMs, i18n)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
