import { describe, expect, it } from 'vitest';
import {
  allDayToIso,
  defaultSlot,
  fromLocalParts,
  isDate,
  isoToAllDay,
  localToday,
  toLocalParts,
} from './activity-time';

const helsinki = 'Europe/Helsinki';

describe('activity times', () => {
  it('reads an instant as the wall clock of the time zone', () => {
    expect(toLocalParts('2026-12-08T08:00:00Z', helsinki)).toEqual({
      date: '2026-12-08',
      time: '10:00',
    });
    // Summer time: three hours ahead; and the date moves across midnight.
    expect(toLocalParts('2026-06-30T22:30:00Z', helsinki)).toEqual({
      date: '2026-07-01',
      time: '01:30',
    });
    expect(toLocalParts('2026-12-08T23:15:00Z', 'America/New_York')).toEqual({
      date: '2026-12-08',
      time: '18:15',
    });
    expect(toLocalParts('not a date', helsinki)).toBeNull();
  });

  it('turns a typed date and time into the UTC instant, in winter and in summer', () => {
    expect(fromLocalParts('2026-12-08', '10:00', helsinki)).toBe('2026-12-08T08:00:00Z');
    expect(fromLocalParts('2026-07-01', '01:30', helsinki)).toBe('2026-06-30T22:30:00Z');
    expect(fromLocalParts('2026-12-08', '18:15', 'America/New_York')).toBe('2026-12-08T23:15:00Z');
    expect(fromLocalParts('2026-12-08', '10:00', 'UTC')).toBe('2026-12-08T10:00:00Z');
  });

  it('is right on the days the clocks change', () => {
    // Helsinki goes to summer time on 29 March 2026 at 03:00 local (01:00 UTC).
    expect(fromLocalParts('2026-03-29', '02:30', helsinki)).toBe('2026-03-29T00:30:00Z');
    expect(fromLocalParts('2026-03-29', '04:30', helsinki)).toBe('2026-03-29T01:30:00Z');
    // And back on 25 October 2026 at 04:00 local (01:00 UTC).
    expect(fromLocalParts('2026-10-25', '12:00', helsinki)).toBe('2026-10-25T10:00:00Z');
  });

  it('refuses dates and times that do not exist', () => {
    expect(fromLocalParts('2026-02-30', '10:00', helsinki)).toBeNull();
    expect(fromLocalParts('2026-12-08', '24:00', helsinki)).toBeNull();
    expect(fromLocalParts('', '10:00', helsinki)).toBeNull();
    expect(isDate('2028-02-29')).toBe(true);
    expect(isDate('2026-2-1')).toBe(false);
  });

  it('sends all-day days as UTC midnight and reads them back as the same day everywhere', () => {
    expect(allDayToIso('2026-12-08')).toBe('2026-12-08T00:00:00Z');
    expect(allDayToIso('08.12.2026')).toBeNull();
    expect(isoToAllDay('2026-12-10T00:00:00Z')).toBe('2026-12-10');
  });

  it('proposes the next full hour for a new calendar entry, one hour long', () => {
    const slot = defaultSlot(new Date('2026-12-08T07:20:00Z'), helsinki);
    expect(slot).toEqual({
      start: { date: '2026-12-08', time: '10:00' },
      end: { date: '2026-12-08', time: '11:00' },
    });
    const late = defaultSlot(new Date('2026-12-08T21:05:00Z'), helsinki);
    expect(late.start).toEqual({ date: '2026-12-09', time: '00:00' });
  });

  it("knows today's date on the user's clock", () => {
    expect(localToday(new Date('2026-12-08T22:30:00Z'), helsinki)).toBe('2026-12-09');
    expect(localToday(new Date('2026-12-08T22:30:00Z'), 'UTC')).toBe('2026-12-08');
  });
});
