import { describe, expect, it } from 'vitest';
import { progressLine, showProgress } from './progress';

describe('progressLine', () => {
  it('fills the bar in proportion and rounds the percentage down', () => {
    expect(progressLine('verifying', 4_500, 10_000)).toBe('verifying [#############---------------] 45% 4,500/10,000');
    expect(progressLine('verifying', 9_999, 10_000)).toContain('] 99% ');
  });

  it('is full at the end, and for nothing to do', () => {
    expect(progressLine('importing', 3, 3)).toBe(`importing [${'#'.repeat(28)}] 100% 3/3`);
    expect(progressLine('importing', 0, 0)).toContain('] 100% 0/0');
  });

  it('counts without a bar while the total is unknown', () => {
    expect(progressLine('scanning the event log', 12_345)).toBe('scanning the event log 12,345');
  });
});

describe('showProgress', () => {
  it('writes nothing when the stream is not a terminal', () => {
    const written: string[] = [];
    const stream = { isTTY: false, write: (text: string) => written.push(text) } as unknown as NodeJS.WriteStream;
    const progress = showProgress('importing', 10, stream);
    progress.update(5);
    progress.done();
    expect(written).toEqual([]);
  });

  it('redraws one line on a terminal and clears it when done', () => {
    const written: string[] = [];
    const stream = { isTTY: true, write: (text: string) => written.push(text) } as unknown as NodeJS.WriteStream;
    const progress = showProgress('importing', 10, stream);
    progress.update(10);
    progress.done();
    expect(written).toEqual([`\r${'importing'} [${'#'.repeat(28)}] 100% 10/10\x1b[K`, '\r\x1b[K']);
  });
});
