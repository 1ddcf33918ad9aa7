import type { Call } from "./call.ts";

/** A believable calendar call for tests; override what the test is about. */
export function makeCall(overrides: Partial<Call> & Pick<Call, "id" | "start" | "end">): Call {
  return {
    source: "calendar",
    kind: "customer",
    subject: "Discovery call",
    participants: [{ name: "Lena Vos", email: "lena.vos@fabrikam.example" }],
    externalDomains: ["fabrikam.example"],
    joinUrl: null,
    isOrganizer: true,
    ...overrides,
  };
}
