import { retryDelay } from '../retry';
import type { SqlClient, SqlListener } from './sql-client';

/**
 * Wakes a store's subscriptions: on NOTIFY from any process, on appends made through this
 * store, and after the LISTEN connection is re-established (notifications sent while it was
 * down are lost, so everyone re-reads). One LISTEN connection serves all subscriptions and
 * is open only while at least one subscription runs.
 */
export class Wakeups {
  private generationCounter = 0;
  private readonly waiters = new Set<() => void>();
  private users = 0;
  private listener: SqlListener | undefined;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private failures = 0;
  private session = 0;

  constructor(
    private readonly client: SqlClient,
    private readonly channel: string,
  ) {}

  /** Increases on every wake-up; a waiter passes the value it saw before reading. */
  get generation(): number {
    return this.generationCounter;
  }

  wake = (): void => {
    this.generationCounter++;
    for (const resolve of this.waiters) resolve();
    this.waiters.clear();
  };

  /** Resolves once `generation` has moved past `seen`, after `timeoutMs`, or on abort. */
  wait(seen: number, timeoutMs: number, signal: AbortSignal): Promise<void> {
    if (this.generationCounter !== seen || signal.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        this.waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      signal.addEventListener('abort', done);
      this.waiters.add(done);
    });
  }

  async acquire(): Promise<void> {
    if (this.users++ === 0) await this.connect(this.session);
  }

  async release(): Promise<void> {
    if (--this.users > 0) return;
    this.session++; // a connect or reconnect still under way belongs to the old session
    clearTimeout(this.reconnectTimer);
    const listener = this.listener;
    this.listener = undefined;
    await listener?.close();
  }

  private async connect(session: number): Promise<void> {
    try {
      const listener = await this.client.listen(this.channel, this.wake, () => this.lost(session));
      if (session !== this.session) return void (await listener.close());
      this.listener = listener;
      this.failures = 0;
      this.wake();
    } catch {
      this.lost(session);
    }
  }

  private lost(session: number): void {
    if (session !== this.session) return;
    this.listener = undefined;
    this.reconnectTimer = setTimeout(() => void this.connect(session), retryDelay(++this.failures));
  }
}
