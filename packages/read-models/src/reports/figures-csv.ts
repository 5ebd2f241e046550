import { FIGURE_KEYS, type Figures } from '../figures/figures';
import type { FigureGroup } from '../figures/figures-query';
import type { Rate } from '../figures/rate';

const isRate = (value: unknown): value is Rate => typeof value === 'object' && value !== null && 'denominator' in value;

/** The CSV columns: each count once, each rate as value, numerator and denominator. */
const HEADER = [
  'group',
  ...FIGURE_KEYS.flatMap((key) =>
    key.endsWith('Rate') ? [key, `${key}Numerator`, `${key}Denominator`] : [key],
  ),
];

function cell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function cellsOf(figures: Figures): unknown[] {
  return FIGURE_KEYS.flatMap((key) => {
    const value = figures[key];
    return isRate(value) ? [value.value, value.numerator, value.denominator] : [value];
  });
}

/** One row per group and a last row `total`, RFC 4180 quoting, CRLF line ends. */
export function figuresCsv(groups: readonly FigureGroup[], total: Figures): string {
  const rows = [HEADER, ...groups.map((group) => [group.group, ...cellsOf(group)]), ['total', ...cellsOf(total)]];
  return rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
