/**
 * East Asian wide characters (CJK ideographs, kana, hangul, full-width forms) take two columns
 * of a terminal: 李娜 is as wide as "li.na" minus one, not two characters.
 */
const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;

/** The columns a string takes in a terminal. */
export const displayWidth = (text: string): number => [...text].reduce((width, char) => width + (WIDE.test(char) ? 2 : 1), 0);

/**
 * A plain-text table: a header, a rule, then the rows, columns two spaces apart. The last
 * column is neither padded nor ruled past its title, so a long last cell (a case's details)
 * runs on as far as it needs without widening the rest of the table.
 */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, i) => Math.max(displayWidth(title), ...rows.map((row) => displayWidth(row[i] ?? ''))));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : cell + ' '.repeat(widths[i]! - displayWidth(cell))))
      .join('  ')
      .trimEnd();
  const rule = header.map((title, i) => '-'.repeat(i === header.length - 1 ? displayWidth(title) : widths[i]!));
  return [line(header), line(rule), ...rows.map(line)].join('\n');
}
