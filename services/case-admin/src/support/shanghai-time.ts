import { BUREAU_ZONE } from '@hotline/domain';
import { DateTime } from 'luxon';

/** An instant as the bureau reads it: `2023-03-06 09:12:00`, Asia/Shanghai, no zone shown. */
export function shanghaiTime(instant: string | Date): string {
  const time = instant instanceof Date ? DateTime.fromJSDate(instant) : DateTime.fromISO(instant, { setZone: true });
  return time.setZone(BUREAU_ZONE).toFormat('yyyy-MM-dd HH:mm:ss');
}

// Spreadsheets write dates with slashes as often as with dashes; seconds are often left out.
const LOCAL_FORMATS = ['yyyy-MM-dd HH:mm', 'yyyy-MM-dd HH:mm:ss', 'yyyy/M/d H:mm', 'yyyy/M/d H:mm:ss'];

/**
 * A wall-clock time in Asia/Shanghai (`2023-03-06 09:12`, `2023/3/6 9:12:30`) as an ISO instant
 * with its offset (`2023-03-06T09:12:00.000+08:00`), or undefined when it is none of the formats
 * or no such time (30 February). A date alone is refused: midnight would put a closure made that
 * afternoon before the call received that morning.
 */
export function fromShanghaiTime(text: string): string | undefined {
  for (const format of LOCAL_FORMATS) {
    const time = DateTime.fromFormat(text, format, { zone: BUREAU_ZONE });
    if (time.isValid) return time.toISO() ?? undefined;
  }
  return undefined;
}
