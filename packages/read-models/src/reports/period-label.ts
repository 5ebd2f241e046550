import type { LocalDate } from '@hotline/domain';

const QUARTERS = ['第一季度', '第二季度', '第三季度', '第四季度'];

/**
 * How a report names its period, as the bureaus' reports do: 上半年, 第二季度, 3月, 全年, or the
 * dates it runs through (the last day included, as people read it).
 */
export function periodLabel(from: LocalDate, to: LocalDate): string {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  const months = (ty - fy) * 12 + (tm - fm);
  if (fd === 1 && td === 1) {
    if (months === 12 && fm === 1) return '全年';
    if (months === 6 && (fm === 1 || fm === 7)) return fm === 1 ? '上半年' : '下半年';
    if (months === 3 && (fm - 1) % 3 === 0) return QUARTERS[(fm - 1) / 3]!;
    if (months === 1) return `${fm}月`;
  }
  // Civil-date arithmetic: a day back on the UTC calendar is a day back on any calendar.
  const last = new Date(Date.parse(`${to}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const [ly, lm, ld] = last.split('-').map(Number) as [number, number, number];
  return `${fy}年${fm}月${fd}日至${ly === fy ? '' : `${ly}年`}${lm}月${ld}日`;
}
