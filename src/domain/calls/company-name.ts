/** Second-level labels under which companies register (`contoso.co.uk`), so the company is the label before them. */
const REGISTRY_LABELS = new Set(["co", "com", "org", "net", "ac", "gov", "edu", "ltd", "plc", "ne", "or"]);

/**
 * A readable company name from an email domain, for showing who a call was with:
 * `mail.fabrikam.example` → `Fabrikam`, `northwind-traders.co.uk` → `Northwind Traders`.
 * A heuristic, not a public-suffix lookup: good enough for a label, never used as an identifier.
 */
export function companyNameFromDomain(domain: string): string {
  const labels = domain.trim().toLowerCase().split(".").filter(Boolean);
  if (labels.length <= 1) return titleCase(labels[0] ?? domain);
  labels.pop();
  const last = labels.at(-1);
  if (labels.length > 1 && last !== undefined && REGISTRY_LABELS.has(last)) labels.pop();
  return titleCase(labels.at(-1) ?? domain);
}

function titleCase(label: string): string {
  return label
    .split(/[-_]+/)
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(" ");
}
