import { Button, MessageBar, MessageBarBody, makeStyles, Text, tokens } from "@fluentui/react-components";
import { type ReactNode, startTransition, useCallback, useEffect, useEffectEvent, useState } from "react";
import { InteractionRequiredError, type TokenProvider } from "../auth/token-provider.ts";
import { useI18n } from "../i18n/index.ts";
import { DelayedSpinner } from "./DelayedSpinner.tsx";

const useStyles = makeStyles({
  prompt: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
});

type SignInState = "checking" | "needed" | "signingIn" | "failed" | "signedIn";

export interface SignInGateProps {
  readonly tokenProvider: TokenProvider;
  /** The scopes of the first screen, asked for silently on arrival. */
  readonly scopes: readonly string[];
  /**
   * Called once the user is signed in, before what the gate guards renders: the place to start fetching what the
   * first screen shows, so that the network and the first render overlap instead of taking turns.
   */
  readonly onSignedIn?: () => void;
  readonly children: ReactNode;
}

/**
 * Signs in silently on arrival; when only the user can continue (first consent, MFA, an expired session) it
 * asks for one click, because a popup opened without a click is blocked.
 */
export function SignInGate({ tokenProvider, scopes, onSignedIn, children }: SignInGateProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const [state, setState] = useState<SignInState>("checking");

  // The caller's latest callback, without asking silently again each time it is a new function.
  const reportSignedIn = useEffectEvent(() => onSignedIn?.());

  useEffect(() => {
    let active = true;
    tokenProvider.getToken(scopes).then(
      () => {
        if (!active) return;
        reportSignedIn();
        // What opens now is the whole first screen: rendered in slices, it does not freeze a phone (see bootstrap).
        startTransition(() => setState("signedIn"));
      },
      (error: unknown) => active && setState(error instanceof InteractionRequiredError ? "needed" : "failed"),
    );
    return () => {
      active = false;
    };
  }, [tokenProvider, scopes]);

  const signIn = useCallback(async () => {
    setState("signingIn");
    try {
      await tokenProvider.signInInteractively(scopes);
    } catch {
      setState("failed");
      return;
    }
    onSignedIn?.();
    setState("signedIn");
  }, [tokenProvider, scopes, onSignedIn]);

  if (state === "signedIn") return children;
  if (state === "checking") return <DelayedSpinner label={t("common.loading")} />;
  return (
    <section className={styles.prompt} aria-labelledby="sign-in-heading">
      <Text as="h2" size={500} weight="semibold" id="sign-in-heading">
        {t("auth.signInNeeded")}
      </Text>
      {state === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>{t("auth.signInFailed")}</MessageBarBody>
        </MessageBar>
      )}
      <Button appearance="primary" onClick={signIn} disabled={state === "signingIn"}>
        {state === "signingIn" ? t("auth.signingIn") : t("auth.signIn")}
      </Button>
    </section>
  );
}
