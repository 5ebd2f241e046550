import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const MAIN = new URL('../services/projector/src/rebuild-main.ts', import.meta.url).pathname;

describe('npm run projections:rebuild', () => {
  it('refuses an unknown projection by name, with exit code 2, before opening any storage', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'rebuild-cli-'));
    try {
      const failed = await run(process.execPath, ['--import', 'tsx', MAIN, 'case-lists'], { env: { ...process.env, DATABASE_URL: '', DATA_DIR: dataDir } }).then(
        () => undefined,
        (error: { code: number; stderr: string }) => error,
      );
      expect(failed?.code).toBe(2);
      expect(failed?.stderr).toContain('unknown projection: case-lists (there are: case-list, figures)');
      expect(await readdir(dataDir)).toEqual([]);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
