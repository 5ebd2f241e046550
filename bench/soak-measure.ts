/** What the soak measures: each kind of request's count, errors and latencies, and the product's resident memory. */
import { readFileSync } from 'node:fs';

interface KindFigures {
  requests: number;
  errors: number;
  readonly roles: Set<string>;
  /** Latencies (ms) of the requests due after the warm-up: the steady state the percentiles describe. */
  readonly latencies: number[];
}

export class Recorder {
  readonly byKind = new Map<string, KindFigures>();
  /** The first few failures in full, so a red run says what went wrong. */
  readonly failures: string[] = [];

  constructor(private readonly steadyFrom: number) {}

  record(kind: string, role: string, due: number, ms: number, failure?: string): void {
    let figures = this.byKind.get(kind);
    if (!figures) this.byKind.set(kind, (figures = { requests: 0, errors: 0, roles: new Set(), latencies: [] }));
    figures.requests++;
    figures.roles.add(role);
    if (due >= this.steadyFrom) figures.latencies.push(ms);
    if (failure === undefined) return;
    figures.errors++;
    if (this.failures.length < 10) this.failures.push(`${kind} as ${role}: ${failure}`);
  }

  get requests(): number {
    return [...this.byKind.values()].reduce((sum, figures) => sum + figures.requests, 0);
  }

  get errors(): number {
    return [...this.byKind.values()].reduce((sum, figures) => sum + figures.errors, 0);
  }
}

/** The q-quantile of ascending numbers (NaN for none). */
export const quantile = (sorted: readonly number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

/** Resident set size of a process in bytes, from Linux's /proc (VmRSS is in kB). */
export function rssOf(pid: number): number {
  const line = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!line?.[1]) throw new Error(`no VmRSS for process ${pid}`);
  return Number(line[1]) * 1024;
}

/**
 * CPU seconds a process has used, user and system, all threads: fields 14 and 15 of /proc/<pid>/stat,
 * in clock ticks of 1/100 s (USER_HZ, 100 on Linux's common architectures). The command name
 * (field 2) may hold spaces, so the fields are counted from after its closing parenthesis.
 */
export function cpuSecondsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

export interface RssSample {
  readonly at: number;
  readonly bytes: number;
}

/** Samples a process's RSS every `everyMs` until stopped. */
export function sampleRss(pid: number, everyMs: number): { readonly samples: RssSample[]; stop(): void } {
  const samples: RssSample[] = [];
  const take = () => {
    try {
      samples.push({ at: performance.now(), bytes: rssOf(pid) });
    } catch {
      // The process has exited: the soak says so, with its requests' errors, once they are done.
      clearInterval(timer);
    }
  };
  const timer = setInterval(take, everyMs);
  take();
  return { samples, stop: () => clearInterval(timer) };
}
