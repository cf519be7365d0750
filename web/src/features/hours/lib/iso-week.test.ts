import { describe, expect, it } from 'vitest';
import { daysOfWeek, isWeek, mondayOfWeek, shiftWeek, weekOfDate } from './iso-week';

describe('ISO weeks', () => {
  it('finds the week of a date, also across year ends', () => {
    expect(weekOfDate('2026-12-03')).toBe('2026-W49');
    expect(weekOfDate('2026-01-01')).toBe('2026-W01');
    expect(weekOfDate('2027-01-01')).toBe('2026-W53');
    expect(weekOfDate('2024-12-30')).toBe('2025-W01');
  });

  it('lists Monday to Sunday', () => {
    expect(mondayOfWeek('2026-W49')).toBe('2026-11-30');
    expect(daysOfWeek('2026-W49')).toEqual([
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
    ]);
  });

  it('moves by weeks and checks week names', () => {
    expect(shiftWeek('2026-W53', 1)).toBe('2027-W01');
    expect(shiftWeek('2026-W01', -1)).toBe('2025-W52');
    expect(isWeek('2026-W53')).toBe(true);
    expect(isWeek('2025-W53')).toBe(false);
    expect(isWeek('2026-49')).toBe(false);
  });
});
