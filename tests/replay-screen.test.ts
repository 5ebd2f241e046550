import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actOk, registerComplaint } from './support/cases';
import { hasChromium, openScreens, screenshotPath, type Screens } from './support/browser';
import type { Hotline } from './support/hotline';

describe.skipIf(!hasChromium)("the auditor's replay in a real browser", () => {
  let screens: Screens;
  let hotline: Hotline;
  beforeAll(async () => void ({ hotline } = screens = await openScreens()));
  afterAll(() => screens?.close());

  it('steps the case through its history with the slider, and the badge shows whether its chain verifies', async () => {
    const { caseId } = await registerComplaint(hotline, { occurredAt: '2026-11-20T09:00:00+08:00' });
    let version = await actOk(hotline, caseId, 'accept', {}, 1);
    version = await actOk(hotline, caseId, 'assign', { assigneeId: 'mediator' }, version);
    await actOk(hotline, caseId, 'note', { text: '已电话告知商家' }, version);
    await hotline.settle();

    const page = await screens.signIn(`/replay?case=${caseId}`, 'auditor');
    await page.waitForSelector('#badge:text-is("哈希链完整")');
    expect(await page.locator('#timeline li').count()).toBe(4);
    expect(await page.textContent('#timeline li >> nth=1')).toContain('ComplaintAccepted');
    await page.waitForSelector('dd[data-key=status]:text-is("assigned")');

    await page.locator('#slider').fill('1');
    await page.waitForSelector('dd[data-key=status]:text-is("registered")');
    expect(await page.textContent('dd[data-key=assigneeId]')).toBe('—');
    await page.locator('#slider').fill('3');
    await page.waitForSelector('dd[data-key=status]:text-is("assigned")');
    expect(await page.textContent('dd[data-key=assigneeId]')).toBe('mediator');
    const path = screenshotPath('replay');
    if (path) await page.screenshot({ path, fullPage: true });

    await sql`update ${sql.raw(hotline.eventsTable)} set data = jsonb_set(data::jsonb, '{assigneeId}', '"someone-else"')::json
      where stream_name = ${`case-${caseId}`} and revision = 2`.execute(hotline.db);
    await page.reload();
    await page.waitForSelector('#badge:text-is("哈希链断裂于第 3")');
  }, 60_000);
});
