// Types of the two files of Fluent's tokens package that the theme modules import (through the alias in
// scripts/build/fluent-token-sources.alias.ts): the package's own types cover its index only.

declare module "@fluentui/tokens/lib/global/brandColors.js" {
  import type { BrandVariants } from "@fluentui/react-components";

  /** The brand colour ramp of Fluent's web themes. */
  export const brandWeb: BrandVariants;
  /** The brand colour ramp of Fluent's Teams themes. */
  export const brandTeams: BrandVariants;
}

declare module "@fluentui/tokens/lib/alias/teamsFontFamilies.js" {
  import type { Theme } from "@fluentui/react-components";

  /** The font stacks Teams themes use in place of the web themes'. */
  export const fontFamilies: Pick<Theme, "fontFamilyBase" | "fontFamilyMonospace" | "fontFamilyNumeric">;
}
