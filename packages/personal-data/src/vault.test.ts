import { migrateToLatest, openTestDatabases, type OpenedTestDatabase } from '@hotline/database';
import type { Actor } from '@hotline/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERSONAL_DATA_MIGRATIONS } from './migrations';
import { createReadLog, type ReadLog } from './read-log';
import { isSealed } from './sealed';
import { createPersonalDataVault, type PersonalDataVault } from './vault';

const manager: Actor = { id: 'u-manager', role: 'manager', districtId: 'wuchang' };
const zhang = { name: '张伟', phone: '13800138000', idNumber: '42010619900307123X' };

describe.each(openTestDatabases())('the personal-data vault on $name', ({ open }) => {
  let test: OpenedTestDatabase;
  let vault: PersonalDataVault;
  let reads: ReadLog;
  beforeAll(async () => {
    test = await open();
    await migrateToLatest(test.db, { name: 'personal_data', migrations: PERSONAL_DATA_MIGRATIONS });
    vault = createPersonalDataVault(test.db, { indexKey: 'index-key-of-the-test' });
    reads = createReadLog(test.db);
  });
  afterAll(() => test.close());

  it('seals a complainant so that nothing of them is in clear text, and opens them again', async () => {
    const sealed = await vault.seal(zhang);
    const stored = JSON.stringify(sealed);
    for (const clear of ['张伟', '13800138000', '42010619900307123X', '8000']) expect(stored).not.toContain(clear);
    expect(await vault.open(sealed)).toEqual(zhang);
  });

  it('keeps one key per person: their next case is sealed under the same subject, found by phone', async () => {
    const first = await vault.seal(zhang);
    const second = await vault.seal({ ...zhang, name: '张伟（代）' });
    expect(second.subject).toBe(first.subject);
    expect(second.data).not.toBe(first.data);
    expect(await vault.subjectOfPhone('13800138000')).toBe(first.subject);
    expect(await vault.subjectOfPhone('13900139000')).toBeUndefined();
  });

  it('refuses a sealed value that was altered or moved under another subject', async () => {
    const sealed = await vault.seal(zhang);
    const other = await vault.seal({ name: '李娜', phone: '13900139000' });
    const flipped = Buffer.from(sealed.data, 'base64');
    flipped[0] = flipped[0]! ^ 1;
    await expect(vault.open({ ...sealed, data: flipped.toString('base64') })).rejects.toThrow();
    await expect(vault.open({ ...sealed, subject: other.subject })).rejects.toThrow();
  });

  it('erasing deletes the key: every value sealed under it opens as erased, others still open, and erasing again is a no-op', async () => {
    const wang = { name: '王芳', phone: '13700137000' };
    const [a, b] = [await vault.seal(wang), await vault.seal(wang)];
    const kept = await vault.seal({ name: '李娜', phone: '13900139000' });
    const at = new Date('2026-11-27T08:00:00Z');
    expect(await vault.erase(a.subject, { caseId: 'case-1', actor: manager, reason: '本人申请删除', at })).toEqual({ erasedAt: at.toISOString(), already: false });
    expect(await vault.open(a)).toEqual({ erased: true });
    expect(await vault.open(b)).toEqual({ erased: true });
    expect(await vault.open(kept)).toEqual({ name: '李娜', phone: '13900139000' });
    expect(await vault.subjectOfPhone('13700137000')).toBeUndefined();
    const again = await vault.erase(a.subject, { caseId: 'case-1', actor: manager, reason: '重复申请', at: new Date() });
    expect(again).toEqual({ erasedAt: at.toISOString(), already: true });
    const erasures = await test.db.selectFrom('personal_data_erasures' as never).selectAll().where('subject_id' as never, '=', a.subject as never).execute();
    expect(erasures).toHaveLength(1);
    // The person calls again later: a new key, readable.
    const later = await vault.seal(wang);
    expect(later.subject).not.toBe(a.subject);
    expect(await vault.open(later)).toEqual(wang);
  });

  it('passes values that are not sealed through untouched', async () => {
    expect(await vault.open(undefined)).toBeUndefined();
    expect(await vault.open({ erased: true })).toEqual({ erased: true });
    expect(isSealed(await vault.seal(zhang))).toBe(true);
  });

  it('records reads and lists them newest first, filtered and paged', async () => {
    const auditor: Actor = { id: 'u-auditor', role: 'auditor', districtId: 'wuchang' };
    const base = Date.parse('2026-11-27T01:00:00Z');
    for (let i = 0; i < 5; i++) {
      await reads.record({ reader: i % 2 ? auditor : manager, caseId: i < 3 ? 'case-a' : 'case-b', purpose: 'case', view: 'masked', at: new Date(base + i * 60_000) });
    }
    await reads.record({ reader: auditor, caseId: 'case-a', purpose: 'reveal', view: 'revealed', reason: '核查举报人身份', at: new Date(base + 10 * 60_000) });

    const page = await reads.list({ caseId: 'case-a', limit: 2 });
    expect(page.reads.map((read) => [read.purpose, read.readerRole])).toEqual([['reveal', 'auditor'], ['case', 'manager']]);
    expect(page.reads[0]).toMatchObject({ view: 'revealed', reason: '核查举报人身份', readAt: new Date(base + 10 * 60_000).toISOString() });
    const next = await reads.list({ caseId: 'case-a', limit: 2, before: page.nextBefore! });
    expect(next.reads.map((read) => read.readerRole)).toEqual(['auditor', 'manager']);
    expect(next.nextBefore).toBeNull();
    expect((await reads.list({ readerId: 'u-auditor', limit: 10 })).reads).toHaveLength(3);
    const window = await reads.list({ from: new Date(base + 60_000), to: new Date(base + 3 * 60_000), limit: 10 });
    expect(window.reads).toHaveLength(2);
  });
});
