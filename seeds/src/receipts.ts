import type { Channel, LocalDate, WorkingDayCalendar } from '@hotline/domain';
import { instantAt, nextDay, officeMinute } from './business-time';
import type { Profile } from './profiles';
import type { Random } from './random';

/** Days people complain more: 3·15 consumer-rights day, the 618 and 双11 shopping festivals. */
const BUSY_DAYS: Readonly<Record<string, number>> = { '03-15': 2.5, '06-18': 1.6, '06-19': 1.3, '11-11': 1.8, '11-12': 1.4, '12-12': 1.2 };
/** Rest days bring fewer requests: the web and WeChat never close, the desk is thinly staffed. */
const REST_DAY = 0.45;

/** Minutes of the day requests arrive, by channel: [from, to) and weight. */
const HOURS: Readonly<Record<'phone' | 'online', readonly (readonly [number, number, number])[]>> = {
  phone: [[510, 720, 45], [720, 840, 10], [840, 1080, 35], [1080, 1200, 10]],
  online: [[0, 420, 5], [420, 720, 30], [720, 1080, 35], [1080, 1440, 30]],
};

/**
 * When requests arrive in the profile's period: a day in proportion to its month's weight, its
 * kind (working or rest day) and festivals; a minute by the channel's hours. Walk-ins and
 * letters arrive on working days in office hours.
 */
export function createReceiptClock(profile: Profile, calendar: WorkingDayCalendar) {
  const days: LocalDate[] = [];
  const cumulative: number[] = [];
  let sum = 0;
  for (let day = profile.period.from; day < profile.period.to; day = nextDay(day)) {
    const month = profile.monthWeights[Number(day.slice(5, 7))] ?? 1;
    sum += month * (calendar.isWorkingDay(day) ? 1 : REST_DAY) * (BUSY_DAYS[day.slice(5)] ?? 1);
    days.push(day);
    cumulative.push(sum);
  }
  const drawDay = (random: Random): LocalDate => {
    const target = random.next() * sum;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((cumulative[mid] as number) > target) high = mid;
      else low = mid + 1;
    }
    return days[low] as LocalDate;
  };

  return (random: Random, channel: Channel): string => {
    if (channel === 'walk_in' || channel === 'letter') {
      let day = drawDay(random);
      while (!calendar.isWorkingDay(day)) day = drawDay(random);
      return instantAt(day, officeMinute(random));
    }
    const hours = HOURS[channel === 'web_12315' || channel === 'wechat' ? 'online' : 'phone'];
    const [from, to] = hours[Number(random.weighted(Object.fromEntries(hours.map(([, , w], i) => [i, w]))))] as readonly [number, number, number];
    return instantAt(drawDay(random), random.int(from, to - 1));
  };
}
