import { describe, expect, it } from "vitest";
import { companyNameFromDomain } from "./company-name.ts";

describe("companyNameFromDomain", () => {
  it.each([
    ["fabrikam.example", "Fabrikam"],
    ["mail.fabrikam.example", "Fabrikam"],
    ["Contoso.COM", "Contoso"],
    ["northwind-traders.co.uk", "Northwind Traders"],
    ["adventure-works.com.au", "Adventure Works"],
    ["wingtip_toys.nl", "Wingtip Toys"],
    ["localhost", "Localhost"],
  ])("%s → %s", (domain, expected) => {
    expect(companyNameFromDomain(domain)).toBe(expected);
  });
});
