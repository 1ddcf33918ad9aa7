import type { CallScript } from "./call-script.ts";
import { fabrikamDiscoveryScript } from "./scripts/fabrikam-discovery.script.ts";
import { fabrikamFollowUpScript } from "./scripts/fabrikam-follow-up.script.ts";
import { northwindBeneluxDemoScript } from "./scripts/northwind-benelux-demo.script.ts";
import { northwindDemoScript } from "./scripts/northwind-demo.script.ts";
import { vanDenBergKennismakingScript } from "./scripts/van-den-berg-kennismaking.script.ts";
import { woodgroveDiscoveryScript } from "./scripts/woodgrove-discovery.script.ts";

/** Every seeded call that has a transcript, by script key. */
export const CALL_SCRIPTS = {
  fabrikamDiscovery: fabrikamDiscoveryScript,
  fabrikamFollowUp: fabrikamFollowUpScript,
  northwindDemo: northwindDemoScript,
  northwindBeneluxDemo: northwindBeneluxDemoScript,
  woodgroveDiscovery: woodgroveDiscoveryScript,
  vanDenBergKennismaking: vanDenBergKennismakingScript,
} as const satisfies Record<string, CallScript>;
