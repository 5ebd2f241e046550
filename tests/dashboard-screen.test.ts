import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actOk, registerComplaint } from './support/cases';
import { hasChromium, openScreens, screenshotPath, type Screens } from './support/browser';
import type { Hotline } from './support/hotline';

describe.skipIf(!hasChromium)("the manager's dashboard in a real browser", () => {
  let screens: Screens;
  let hotline: Hotline;
  beforeAll(async () => void ({ hotline } = screens = await openScreens()));
  afterAll(() => screens?.close());

  it('moves the closure rate when a mediator closes a case, with the sentence, the months and the stations beside it', async () => {
    const page = await screens.signIn('/dashboard', 'manager');
    const closure = '[data-figure=closureRate] small';
    await page.waitForSelector(closure);
    const [numerator, denominator] = (await page.textContent(closure))!.split('/').map(Number) as [number, number];

    const { caseId } = await registerComplaint(hotline, { occurredAt: '2026-11-20T09:00:00+08:00' });
    let version = 1;
    for (const [action, body] of [
      ['accept', {}],
      ['assign', { assigneeId: 'mediator' }],
      ['start-mediation', {}],
      ['record-agreement', { refundFen: 129_900, compensationFen: 0, terms: '退款' }],
      ['close', {}],
    ] as const) {
      version = await actOk(hotline, caseId, action, body, version);
    }
    await page.waitForSelector(`${closure}:text-is("${numerator + 1}/${denominator + 1}")`, { timeout: 5000 });
    await expect.poll(() => page.textContent('#sentence')).toContain('共接收12345推送信息');
    expect(await page.locator('#chart rect').count()).toBeGreaterThan(0);
    expect(await page.textContent('#stations')).toContain('zhongnan');
    const path = screenshotPath('dashboard');
    if (path) await page.screenshot({ path, fullPage: true });
  }, 60_000);
});
