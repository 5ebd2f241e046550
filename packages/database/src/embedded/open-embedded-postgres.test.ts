import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openEmbeddedPostgres } from './open-embedded-postgres';

let dataDir: string;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'hotline-pglite-'));
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

// Creating a database on disk runs initdb and syncs files: seconds, more on a busy machine.
describe('openEmbeddedPostgres', { timeout: 60_000 }, () => {
  it('keeps what was written across a close and a reopen of the data directory', async () => {
    const first = await openEmbeddedPostgres({ dataDir });
    await first.pglite.exec(`create table kept (note text); insert into kept values ('调解成功')`);
    await first.close();

    const second = await openEmbeddedPostgres({ dataDir });
    expect((await second.pglite.query('select note from kept')).rows).toEqual([{ note: '调解成功' }]);
    await second.close();
  });

  it('refuses a second open of the same directory with a typed error, and allows it after close', async () => {
    const first = await openEmbeddedPostgres({ dataDir });
    await expect(openEmbeddedPostgres({ dataDir })).rejects.toMatchObject({ code: 'database/data-dir-locked' });
    await first.close();
    await (await openEmbeddedPostgres({ dataDir })).close();
  });

  it('runs in memory without a data directory', async () => {
    const embedded = await openEmbeddedPostgres();
    expect((await embedded.pglite.query('select 1 as one')).rows).toEqual([{ one: 1 }]);
    await embedded.close();
  });
});
