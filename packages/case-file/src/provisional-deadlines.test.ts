import { createChinaCalendar } from '@hotline/calendar';
import { describe, expect, it } from 'vitest';
import { provisionalDeadlines } from './provisional-deadlines';

const calendar = createChinaCalendar({ provisionalYears: 1 });

describe('provisional deadlines', () => {
  it('names the counted deadlines that fall in a year without its holiday notice, never the work order\'s own', () => {
    expect(
      provisionalDeadlines(calendar, {
        acceptBy: '2026-12-01',
        mediateBy: '2027-01-22',
        notifyTerminationBy: '2027-01-05',
        replyBy: '2027-01-10T09:00:00.000Z',
      }),
    ).toEqual(['mediateBy', 'notifyTerminationBy']);
    expect(provisionalDeadlines(calendar, { acceptBy: '2026-12-01', verifyBy: '2026-12-11' })).toEqual([]);
  });
});
