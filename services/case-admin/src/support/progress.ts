/** How often a progress line is redrawn: often enough to look alive, rarely enough to cost nothing. */
const REDRAW_MS = 100;
const BAR_WIDTH = 28;

/**
 * One progress line: `label [########------] 45% 4,500/10,000`, or `label 4,500` while the
 * total is not known yet.
 */
export function progressLine(label: string, done: number, total?: number): string {
  const count = done.toLocaleString('en');
  if (total === undefined) return `${label} ${count}`;
  const share = total === 0 ? 1 : Math.min(done / total, 1);
  const filled = Math.round(share * BAR_WIDTH);
  return `${label} [${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${Math.floor(share * 100)}% ${count}/${total.toLocaleString('en')}`;
}

export interface Progress {
  update(done: number): void;
  /** Clears the line, so what the command prints next starts on a clean one. */
  done(): void;
}

const SILENT: Progress = { update: () => undefined, done: () => undefined };

/**
 * A progress line on stderr. Only on a terminal: output piped to a file or read by a script
 * (CI, the tests) gets no carriage returns, and stdout stays the command's answer alone.
 */
export function showProgress(label: string, total?: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return SILENT;
  let drawnAt = 0;
  return {
    update(done) {
      if (Date.now() - drawnAt < REDRAW_MS && done !== total) return;
      drawnAt = Date.now();
      stream.write(`\r${progressLine(label, done, total)}\x1b[K`);
    },
    done: () => void stream.write('\r\x1b[K'),
  };
}
