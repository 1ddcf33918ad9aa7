import { DEMO_MANAGER_UPN, DEMO_REP_UPN, DEMO_TENANT_DOMAIN, type DemoRole } from "../demo-users.ts";
import { stableGuid } from "../ids.ts";

/** Someone who can appear on a meeting: a tenant user or a customer contact. */
export interface Person {
  readonly name: string;
  readonly email: string;
}

/** A user of the Contoso tenant, shaped after Graph's user resource plus what the emulator needs. */
export interface DirectoryUser extends Person {
  readonly id: string;
  readonly role: DemoRole;
  readonly givenName: string;
  readonly surname: string;
  readonly jobTitle: string;
  readonly department: string;
  readonly officeLocation: string;
  readonly businessPhones: readonly string[];
  readonly mobilePhone: string | null;
  readonly preferredLanguage: string;
  /** UPN of the manager, `null` when the directory has none (then `/manager` is a 404, as in Graph). */
  readonly managerUpn: string | null;
}

export interface CustomerContact extends Person {
  readonly jobTitle: string;
}

export interface CustomerCompany {
  readonly name: string;
  readonly domain: string;
  /** The company's own Microsoft 365 tenant: Teams meetings its people organize carry this ID. */
  readonly tenantId: string;
  readonly contacts: readonly CustomerContact[];
}

export const CONTOSO_TENANT_ID = stableGuid("tenant", DEMO_TENANT_DOMAIN);

function tenantUser(
  user: Omit<DirectoryUser, "id" | "name" | "email" | "givenName" | "surname"> & {
    readonly givenName: string;
    readonly surname: string;
    readonly upn: string;
  },
): DirectoryUser {
  const { upn, ...rest } = user;
  return { ...rest, id: stableGuid("user", upn), name: `${user.givenName} ${user.surname}`, email: upn };
}

export const DIRECTORY_USERS: readonly DirectoryUser[] = [
  tenantUser({
    upn: DEMO_REP_UPN,
    role: "rep",
    givenName: "Daan",
    surname: "Visser",
    jobTitle: "Account Executive",
    department: "Sales Benelux",
    officeLocation: "Amsterdam",
    businessPhones: ["+31 20 555 0142"],
    mobilePhone: "+31 6 5550 1420",
    preferredLanguage: "nl-NL",
    managerUpn: DEMO_MANAGER_UPN,
  }),
  tenantUser({
    upn: DEMO_MANAGER_UPN,
    role: "manager",
    givenName: "Megan",
    surname: "Bowen",
    jobTitle: "Sales Manager",
    department: "Sales Benelux",
    officeLocation: "Amsterdam",
    businessPhones: ["+31 20 555 0100"],
    mobilePhone: null,
    preferredLanguage: "en-GB",
    managerUpn: null,
  }),
  tenantUser({
    upn: "priya.natarajan@contoso.example",
    role: "colleague",
    givenName: "Priya",
    surname: "Natarajan",
    jobTitle: "Solutions Engineer",
    department: "Presales",
    officeLocation: "Amsterdam",
    businessPhones: ["+31 20 555 0177"],
    mobilePhone: null,
    preferredLanguage: "en-GB",
    managerUpn: DEMO_MANAGER_UPN,
  }),
  tenantUser({
    upn: "tom.bakker@contoso.example",
    role: "colleague",
    givenName: "Tom",
    surname: "Bakker",
    jobTitle: "Account Executive",
    department: "Sales Benelux",
    officeLocation: "Utrecht",
    businessPhones: ["+31 30 555 0119"],
    mobilePhone: null,
    preferredLanguage: "nl-NL",
    managerUpn: DEMO_MANAGER_UPN,
  }),
];

function company(
  name: string,
  domain: string,
  contacts: ReadonlyArray<readonly [name: string, jobTitle: string]>,
): CustomerCompany {
  return {
    name,
    domain,
    tenantId: stableGuid("tenant", domain),
    contacts: contacts.map(([contactName, jobTitle]) => ({
      name: contactName,
      jobTitle,
      email: `${emailLocalPart(contactName)}@${domain}`,
    })),
  };
}

/** "Pieter van den Berg" → "pieter.vandenberg", as most mail systems would make it. */
function emailLocalPart(name: string): string {
  const [first = "", ...rest] = name.toLowerCase().split(" ");
  return `${first}.${rest.join("")}`;
}

export const FABRIKAM = company("Fabrikam", "fabrikam.example", [
  ["Lena Fischer", "Head of Finance Operations"],
  ["Jonas Weber", "IT Director"],
  ["Sofia Marino", "Procurement Lead"],
]);

export const NORTHWIND = company("Northwind Traders", "northwindtraders.example", [
  ["James Whitfield", "Chief Operating Officer"],
  ["Olivia Carter", "Finance Director"],
  ["Ruben Jansen", "Operations Manager Benelux"],
]);

export const WOODGROVE = company("Woodgrove Bank", "woodgrovebank.example", [
  ["Claire Dubois", "Head of Client Onboarding"],
  ["Amara Okafor", "KYC Team Lead"],
  ["Henrik Larsen", "Information Security Officer"],
]);

export const VAN_DEN_BERG = company("Van den Berg Logistiek", "vandenberglogistiek.example", [
  ["Pieter van den Berg", "Directeur"],
  ["Sanne de Vries", "Manager Operations"],
  ["Joris Smit", "Financieel Controller"],
]);

export const CUSTOMER_COMPANIES: readonly CustomerCompany[] = [FABRIKAM, NORTHWIND, WOODGROVE, VAN_DEN_BERG];

/** The user with that email; throws for a typo in the seed, which is a programming error. */
export function directoryUser(upn: string): DirectoryUser {
  const user = DIRECTORY_USERS.find((candidate) => candidate.email === upn);
  if (!user) throw new Error(`No demo user ${upn}`);
  return user;
}

export function contact(companyData: CustomerCompany, name: string): CustomerContact {
  const found = companyData.contacts.find((c) => c.name === name);
  if (!found) throw new Error(`No contact ${name} at ${companyData.name}`);
  return found;
}
