import type { TestProject } from "vitest/node";
import { launchBrowser, openPage } from "./browser.ts";
import { startDemo } from "./demo-server.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** Where the demo answers, e.g. `http://localhost:41234`. */
    baseUrl: string;
  }
}

const FIRST_SCREEN_TIMEOUT_MS = 90_000;

/** One demo for the whole run, started as a newcomer starts it (see `startDemo`). */
export default async function setup(project: TestProject) {
  const demo = await startDemo();
  try {
    await warmUp(demo.baseUrl);
  } catch (error) {
    await demo.stop();
    throw error;
  }
  project.provide("baseUrl", demo.baseUrl);
  return () => demo.stop();
}

/**
 * Loads the app once before the first test, so a demo that starts but cannot show the rep's calls fails the
 * run here with one clear message instead of failing every test on its own time limit.
 */
async function warmUp(baseUrl: string): Promise<void> {
  const browser = await launchBrowser();
  try {
    const page = await openPage(browser, baseUrl);
    await page.getByRole("listitem").first().waitFor({ timeout: FIRST_SCREEN_TIMEOUT_MS });
  } finally {
    await browser.close();
  }
}
