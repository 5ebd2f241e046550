import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FILE = fileURLToPath(new URL('../BENCHMARKS.md', import.meta.url));
const HEADER = '# Benchmarks\n\nEach section is written by the benchmark named in its heading; rerun it to refresh that section.\n';

/** Replaces (or appends) one `## heading` section of BENCHMARKS.md, leaving the others as they are. */
export function replaceSection(heading: string, body: string): void {
  const text = existsSync(FILE) ? readFileSync(FILE, 'utf8') : HEADER;
  const start = text.indexOf(`## ${heading}`);
  const next = start === -1 ? -1 : text.indexOf('\n## ', start + 1);
  const section = `## ${heading}\n\n${body}\n`;
  const updated =
    start === -1
      ? `${text.trimEnd()}\n\n${section}`
      : `${text.slice(0, start)}${section}${next === -1 ? '' : text.slice(next + 1)}`;
  writeFileSync(FILE, updated);
}
