/** Debian's chromium driven by playwright-core, as CI runs it (installed by .ci/run when missing). */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });

/** Screenshots go to docs/screens/ when SCREENSHOTS=1 (to refresh the README's pictures), else nowhere. */
export const screenshotPath = (name: string): string | undefined =>
  process.env.SCREENSHOTS === '1' ? new URL(`../../docs/screens/${name}.png`, import.meta.url).pathname : undefined;
