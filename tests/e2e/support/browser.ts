import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { assertChromiumInstalled, CHROMIUM_FLAGS, CHROMIUM_PATH } from "./system-chromium.ts";

export async function launchBrowser(): Promise<Browser> {
  assertChromiumInstalled("Browser tests");
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_FLAGS] });
}

export interface PageOptions {
  /** CSS pixels; Outlook's task pane is 320 wide. */
  readonly viewport?: { width: number; height: number };
  readonly locale?: string;
  readonly timezoneId?: string;
}

/** A fresh context per test: no sessionStorage or IndexedDB carried over, like a new user. */
export async function openPage(browser: Browser, url: string, options: PageOptions = {}): Promise<Page> {
  const context: BrowserContext = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 900 },
    locale: options.locale ?? "en-US",
    timezoneId: options.timezoneId ?? "Europe/Amsterdam",
  });
  // Generous: two cores run the demo server, Chromium and the test runner at once.
  context.setDefaultTimeout(45_000);
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

/** A test file's browser: launched once before its tests, closed after them, each page in a fresh context. */
export interface TestBrowser {
  open(url: string, options?: PageOptions): Promise<Page>;
}

export function browserForThisFile(): TestBrowser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    open(url, options) {
      if (!browser)
        throw new Error("browserForThisFile(): open pages inside tests, after the browser has started.");
      return openPage(browser, url, options);
    },
  };
}
