/** Debian's chromium driven by playwright-core, as CI runs it (installed by .ci/run when missing). */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { databases, openHotline, type Hotline } from './hotline';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });

/** Screenshots go to docs/screens/ when SCREENSHOTS=1 (to refresh the README's pictures), else nowhere. */
export const screenshotPath = (name: string): string | undefined =>
  process.env.SCREENSHOTS === '1' ? new URL(`../../docs/screens/${name}.png`, import.meta.url).pathname : undefined;

/** The product live (HTTP, feed, screens) on in-memory PGlite, and a browser looking at it. */
export interface Screens {
  readonly hotline: Hotline;
  /** A new page at `path` (e.g. `/desk`), signed in as `username` with the demo password. */
  signIn(path: string, username: string): Promise<Page>;
  close(): Promise<void>;
}

export async function openScreens(): Promise<Screens> {
  const hotline = await openHotline(databases[0]!, undefined, { live: {} });
  const browser = await launchBrowser();
  return {
    hotline,
    async signIn(path, username) {
      const page = await browser.newPage();
      await page.goto(`${hotline.url}${path}`);
      await page.fill('input[name=username]', username);
      await page.fill('input[name=password]', 'demo');
      await page.press('input[name=password]', 'Enter');
      return page;
    },
    async close() {
      await browser.close();
      await hotline.close();
    },
  };
}
