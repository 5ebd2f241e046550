import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, openScreens, screenshotPath, type Screens } from './support/browser';

describe.skipIf(!hasChromium)('the intake desk in a real browser', () => {
  let screens: Screens;
  beforeAll(async () => void (screens = await openScreens()));
  afterAll(() => screens?.close());

  async function signedIn(username: string): Promise<Page> {
    const page = await screens.signIn('/desk', username);
    await page.waitForSelector('#desk:not([hidden])');
    return page;
  }

  it("checks fields as they are typed, registers from the keyboard, and the second desk's queue shows the case within a second", async () => {
    const [desk, queue] = [await signedIn('operator'), await signedIn('operator')];

    await desk.fill('input[name=complainantPhone]', '1380013');
    await expect.poll(() => desk.textContent('output[for=f-phone]')).not.toBe('');

    await desk.fill('input[name=complainantName]', '王秀英');
    await desk.fill('input[name=complainantPhone]', '13971652288');
    await desk.fill('input[name=respondentName]', '武汉市武昌区某某数码通讯店');
    await desk.fill('textarea[name=summary]', '购买的手机一周后屏幕出现绿线，商家拒绝维修');
    await desk.fill('input[name=claimedYuan]', '4599');
    expect(await desk.textContent('output[for=f-phone]')).toBe('');
    await desk.press('input[name=claimedYuan]', 'Enter');

    await desk.waitForSelector('#result:has-text("已登记")');
    const answered = Date.now();
    const caseNo = (await desk.textContent('#result'))!.replace('已登记 ', '');
    await queue.waitForSelector(`#queue li:has-text("${caseNo}")`, { timeout: 1000 });
    expect(Date.now() - answered).toBeLessThan(1000);
    expect(await queue.textContent(`#queue li:has-text("${caseNo}")`)).toMatch(/剩余\d+个工作日/);

    await queue.click('#language');
    expect(await queue.textContent('h1')).toBe('12315 intake desk');
    const path = screenshotPath('intake-desk');
    if (path) await desk.screenshot({ path, fullPage: true });
  }, 60_000);
});
