import { describe, expect, it } from 'vitest';
import { addMonths, financialsWindow, monthsBetween, monthsIn } from './months';

describe('months', () => {
  it('adds months across years', () => {
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2026-06', -18)).toBe('2024-12');
  });

  it('spans the past six, the current and the next twelve months', () => {
    expect(financialsWindow('2026-12')).toEqual({ from: '2026-06', to: '2027-12' });
    expect(monthsBetween('2026-06', '2027-12')).toHaveLength(19);
  });

  it('finds the months a conflict lists', () => {
    expect(monthsIn('Months 2027-01 and 2026-12 are not empty')).toEqual(['2026-12', '2027-01']);
    expect(monthsIn({ months: ['2026-12'] })).toEqual(['2026-12']);
    expect(monthsIn(undefined)).toEqual([]);
  });
});
