import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { newEvent } from './contract/fixtures';
import { createPgliteEventStore } from './pglite';

describe('PGlite on disk', () => {
  const parent = mkdtempSync(join(tmpdir(), 'event-store-'));
  const dataDir = join(parent, 'events');
  afterAll(() => rmSync(parent, { recursive: true, force: true }));

  it('keeps events across restarts and refuses a second open of the same directory', { timeout: 60_000 }, async () => {
    const first = await createPgliteEventStore({ dataDir });
    await first.appendToStream('case-1', [newEvent()], { expectedRevision: 'no_stream' });
    await expect(createPgliteEventStore({ dataDir })).rejects.toMatchObject({ code: 'store/invalid-option' });
    await first.close();
    const again = await createPgliteEventStore({ dataDir });
    expect(await again.streamRevision('case-1')).toBe(0);
    await again.close();
  });
});
