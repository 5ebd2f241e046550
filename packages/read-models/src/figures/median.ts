/**
 * The median of values given with how often each occurs, as PostgreSQL's `percentile_cont(0.5)`
 * gives it over the values one by one: the middle value, or the mean of the two middle values;
 * null over none. Lets the cube keep a histogram (working days → cases) instead of every case.
 */
export function medianOf(histogram: ReadonlyMap<number, number>): number | null {
  const entries = [...histogram].filter(([, count]) => count > 0).sort(([a], [b]) => a - b);
  const total = entries.reduce((sum, [, count]) => sum + count, 0);
  if (total === 0) return null;
  const valueAt = (index: number) => {
    let seen = 0;
    for (const [value, count] of entries) if ((seen += count) > index) return value;
    throw new Error('unreachable: index within the total');
  };
  const lower = valueAt(Math.floor((total - 1) / 2));
  const upper = valueAt(Math.ceil((total - 1) / 2));
  // percentile_cont interpolates lower + (upper - lower) * 0.5: the same float for whole days.
  return lower + (upper - lower) * 0.5;
}
