/** The order of groups in a report: by key, the group of no station (null) last. */
export const compareGroups = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1);

/** The civil date of an instant in Asia/Shanghai (UTC+8, no daylight saving): the day `overdue` is counted on. */
export const shanghaiDayOf = (instant: Date): string => new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
