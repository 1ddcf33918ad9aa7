/**
 * Published figures from large studies of recorded B2B sales calls (Gong Labs), to show next to a call's
 * own figures as context. They describe what tends to go with won deals; they are not targets, and the app
 * never turns them into a grade.
 */
export const TALK_SHARE_BENCHMARK = {
  /** Winning calls run near 43:57 talk-to-listen: the rep talks about 43% of the time. */
  winningRepTalkShare: 0.43,
  /** Reps who talk more than 65% of the time convert worse. */
  repTalkShareAboveWhichConversionDrops: 0.65,
} as const;

export const DISCOVERY_QUESTIONS_BENCHMARK = {
  /** 11 to 14 questions go with successful discovery calls. */
  successfulDiscoveryMin: 11,
  successfulDiscoveryMax: 14,
} as const;

/**
 * Customers who talk for long stretches go with wins. The studies give no single threshold; compare the
 * customer's longest monologue with the rep's (`longestCustomerMonologueMs`, `longestRepMonologueMs`).
 */
export const CUSTOMER_MONOLOGUE_BENCHMARK = {
  longerCustomerStretchesGoWithWins: true,
} as const;
