import { DEMO_MANAGER_UPN, DEMO_REP_UPN, type DemoRole } from "../../demo-tenant/demo-users.ts";
import type { SignedInAccount } from "./token-provider.ts";

export interface DemoAccount extends SignedInAccount {
  readonly role: DemoRole;
}

/** Whom the demo lets you be: the rep, who flags and reflects, and their manager, who reads the review packet. */
export const DEMO_ACCOUNTS: readonly [DemoAccount, ...DemoAccount[]] = [
  { name: "Daan Visser", username: DEMO_REP_UPN, role: "rep" },
  { name: "Megan Bowen", username: DEMO_MANAGER_UPN, role: "manager" },
];
