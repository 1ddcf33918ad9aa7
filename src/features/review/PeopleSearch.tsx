import "../../i18n/features/review.messages.ts";
import {
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import { SearchRegular } from "@fluentui/react-icons";
import { type FormEvent, useId, useState } from "react";
import { errorMessageKey, useI18n } from "../../i18n/index.ts";
import { useReviewPlannerStore } from "./ReviewPlannerStoreProvider.tsx";
import type { PeopleSearch as PeopleSearchState } from "./review-planner.store.ts";

const useStyles = makeStyles({
  form: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  field: { flexGrow: 1, minWidth: "min(100%, 14rem)" },
  input: { minWidth: 0 },
  results: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  person: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  who: { display: "flex", flexDirection: "column", minWidth: 0, overflowWrap: "anywhere" },
  muted: { color: tokens.colorNeutralForeground2 },
  spinner: { justifyContent: "flex-start" },
});

export interface PeopleSearchProps {
  readonly search: PeopleSearchState;
  /** After the rep picked someone, with their name. */
  readonly onPicked: (name: string) => void;
}

/** A search for the rep's manager by name or address, and the people found, each with Choose. */
export function PeopleSearch({ search, onPicked }: PeopleSearchProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const ids = useId();
  const searchPeople = useReviewPlannerStore((state) => state.searchPeople);
  const pickManager = useReviewPlannerStore((state) => state.pickManager);
  const [query, setQuery] = useState(search.query);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (query.trim()) void searchPeople(query.trim());
  };

  return (
    <>
      <search aria-labelledby={`${ids}-label`}>
        <form className={styles.form} onSubmit={submit}>
          <Field label={{ id: `${ids}-label`, children: t("review.searchLabel") }} className={styles.field}>
            <Input
              className={styles.input}
              type="search"
              value={query}
              autoComplete="off"
              contentBefore={<SearchRegular aria-hidden="true" />}
              onChange={(_, data) => setQuery(data.value)}
            />
          </Field>
          <Button type="submit">{t("review.search")}</Button>
        </form>
      </search>
      <div role="status">
        {search.status === "searching" ? (
          <Spinner
            className={styles.spinner}
            size="tiny"
            labelPosition="after"
            label={t("review.searching")}
          />
        ) : search.status === "error" ? (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t("review.searchFailed")}</MessageBarTitle>
              <div>{t(errorMessageKey(search.error))}</div>
            </MessageBarBody>
          </MessageBar>
        ) : search.status === "ready" ? (
          <Body1 as="p" className={styles.muted}>
            {search.results.length === 0
              ? t("review.noPeopleFound", { query: search.query })
              : t("review.peopleFound", { count: search.results.length })}
          </Body1>
        ) : null}
      </div>
      {search.status === "ready" && search.results.length > 0 ? (
        <ul className={styles.results} aria-label={t("review.peopleFound", { count: search.results.length })}>
          {search.results.map((person) => (
            <li key={person.id} className={styles.person}>
              <span className={styles.who}>
                <Body1>{person.displayName}</Body1>
                <Caption1 className={styles.muted}>
                  {[person.jobTitle, person.email].filter(Boolean).join(" · ")}
                </Caption1>
              </span>
              <Button
                aria-label={t("review.chooseLabel", { name: person.displayName })}
                onClick={() => {
                  pickManager(person);
                  onPicked(person.displayName);
                }}
              >
                {t("review.choose")}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
