/**
 * The people who can sign in to the demo tenant (`Authorization: Bearer demo:<userPrincipalName>`).
 * Tests and the demo sign-in code against these constants rather than repeating the addresses.
 */
export const DEMO_TENANT_DOMAIN = "contoso.example";

export const DEMO_REP_UPN = "daan.visser@contoso.example";
export const DEMO_MANAGER_UPN = "megan.bowen@contoso.example";
export const DEMO_COLLEAGUE_UPNS = ["priya.natarajan@contoso.example", "tom.bakker@contoso.example"] as const;

/** The rep's mailbox time zone, which also places the seeded meetings in working hours. */
export const DEMO_TIME_ZONE = "Europe/Amsterdam";

export type DemoRole = "rep" | "manager" | "colleague";
