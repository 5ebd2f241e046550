import pino from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { atScrape, SCRAPE_TIMEOUT_MS } from './scrape';

function capturedLogger() {
  const lines: { msg: string; family: string }[] = [];
  const logger = pino({ level: 'warn' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
  return { logger, lines };
}

describe('a measurement at scrape time', () => {
  afterEach(() => void vi.useRealTimers());

  it('is taken once for the gauges that ask together, and again at the next scrape', async () => {
    const measure = vi.fn(async () => 'counted');
    const sample = atScrape('family', measure, capturedLogger().logger);
    expect(await Promise.all([sample(), sample()])).toEqual(['counted', 'counted']);
    expect(measure).toHaveBeenCalledTimes(1);
    await sample();
    expect(measure).toHaveBeenCalledTimes(2);
  });

  it('that fails is logged and answers nothing, and the next scrape tries again', async () => {
    const { logger, lines } = capturedLogger();
    const measure = vi.fn().mockRejectedValueOnce(new Error('relation does not exist')).mockResolvedValueOnce(3);
    const sample = atScrape('outbox', measure, logger);
    expect(await sample()).toBeUndefined();
    expect(lines).toEqual([expect.objectContaining({ family: 'outbox', msg: expect.stringContaining('left out of this scrape') })]);
    expect(await sample()).toBe(3);
  });

  it('that is late answers nothing after the timeout, and is shared by the next scrape rather than started again', async () => {
    vi.useFakeTimers();
    const { logger, lines } = capturedLogger();
    let finish: (value: number) => void = () => undefined;
    const measure = vi.fn(() => new Promise<number>((resolve) => (finish = resolve)));
    const sample = atScrape('lag', measure, logger);

    const first = sample();
    await vi.advanceTimersByTimeAsync(SCRAPE_TIMEOUT_MS);
    expect(await first).toBeUndefined();
    expect(lines).toHaveLength(1);

    const second = sample();
    finish(7);
    expect(await second).toBe(7);
    expect(measure).toHaveBeenCalledTimes(1);
  });
});
