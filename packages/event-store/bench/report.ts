import { replaceSection } from '../../../bench/benchmarks-file';
import { execSync } from 'node:child_process';
import os from 'node:os';

export interface Row {
  readonly figure: string;
  readonly value: number;
  readonly baseline?: { readonly value: number; readonly what: string };
  /** Met when value (or value / baseline, for ratio targets) reaches it. */
  readonly target: { readonly kind: 'ratio' | 'absolute'; readonly min: number };
}

/** Events per second. */
export const rate = (events: number, ms: number): number => (events / ms) * 1000;

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const cells = (row: Row) => {
  const ratio = row.baseline ? row.value / row.baseline.value : undefined;
  const reached = row.target.kind === 'ratio' ? (ratio ?? 0) >= row.target.min : row.value >= row.target.min;
  return [
    row.figure,
    `${fmt(row.value)} events/s`,
    row.baseline ? `${fmt(row.baseline.value)} events/s (${row.baseline.what})` : '—',
    ratio === undefined ? '—' : ratio.toFixed(2),
    `${row.target.kind === 'ratio' ? `ratio ≥ ${row.target.min}` : `≥ ${fmt(row.target.min)} events/s`} ${reached ? '✔' : '✘'}`,
  ];
};

export function markdownTable(rows: readonly Row[]): string {
  const lines = [['figure', 'value', 'baseline (same run)', 'ratio', 'target'], ...rows.map(cells)];
  return lines.map((line, i) => `| ${line.join(' | ')} |${i === 0 ? `\n|${' --- |'.repeat(line.length)}` : ''}`).join('\n');
}

export function machine(postgresVersion: string): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return [
    `- date: ${new Date().toISOString()}`,
    `- machine: ${execSync('nproc').toString().trim()} cores (nproc), ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB memory, ${os.platform()} ${os.release()}`,
    `- Node ${process.version}; ${postgresVersion}`,
  ].join('\n');
}

/** Writes this benchmark's section of BENCHMARKS.md, leaving the other benchmarks' sections alone. */
export function writeBenchmarksSection(sections: { machine: string; table: string; notes: string }): void {
  replaceSection('Event store on PostgreSQL (`npm run bench:store`)', `${sections.machine}\n\n${sections.table}\n\n${sections.notes}`);
}
