import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actOk, registerComplaint } from './support/cases';
import { hasChromium, openScreens, screenshotPath, type Screens } from './support/browser';
import type { Hotline } from './support/hotline';

describe.skipIf(!hasChromium)("the mediators' case page in a real browser", () => {
  let screens: Screens;
  let hotline: Hotline;
  beforeAll(async () => void ({ hotline } = screens = await openScreens()));
  afterAll(() => screens?.close());

  async function caseFor(username: string, caseId: string): Promise<Page> {
    const page = await screens.signIn(`/case?case=${caseId}`, username);
    await page.waitForSelector('#case:not([hidden]) dd[data-key=status]');
    return page;
  }

  it("offers the actions allowed now, shows each mediator the other's change live, and says so plainly when a write was stale", async () => {
    const { caseId } = await registerComplaint(hotline, { occurredAt: '2026-11-20T09:00:00+08:00' });
    let version = await actOk(hotline, caseId, 'accept', {}, 1);
    version = await actOk(hotline, caseId, 'assign', { assigneeId: 'mediator' }, version);
    await actOk(hotline, caseId, 'start-mediation', {}, version);
    const [first, second] = [await caseFor('mediator', caseId), await caseFor('mediator', caseId)];
    const offered = await first.locator('#actions button').evaluateAll((buttons) => buttons.map((button) => (button as unknown as { value: string }).value));
    expect(offered).toEqual(expect.arrayContaining(['record-session', 'record-agreement', 'note']));
    expect(offered).not.toContain('accept');
    expect(await first.textContent('#actions button[value=record-session]')).toBe('记录调解');

    // The second mediator starts writing from version 4 ...
    await second.fill('textarea[name=text]', '电话联系商家，商家同意退货');
    // ... while the first records a session.
    await first.fill('textarea[name=text]', '第一次调解：双方同意检测');
    await first.click('#actions button[value=record-session]');
    await first.waitForSelector('#notes li:has-text("第一次调解")');
    await second.waitForSelector('#notes li:has-text("第一次调解")', { timeout: 3000 });
    expect(await second.textContent('#notice')).toContain('5');

    await second.click('#actions button[value=record-session]');
    await second.waitForSelector('#conflict:has-text("已被他人更新至第 5")');
    expect(await second.locator('#notes li').count()).toBe(1);
    const path = screenshotPath('case-page');
    if (path) await second.screenshot({ path, fullPage: true });

    // Sent again from the latest version, it goes through.
    await second.fill('textarea[name=text]', '电话联系商家，商家同意退货');
    await second.click('#actions button[value=record-session]');
    await first.waitForSelector('#notes li:has-text("商家同意退货")', { timeout: 3000 });
  }, 60_000);
});
