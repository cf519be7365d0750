import { describe, expect, it } from 'vitest';
import type { Forecasts } from '../api/financials-schema';
import { planForecastSave, savedText } from './forecast-edits';

const eur = (amount: number) => ({ amount, currency: 'EUR' });
const forecasts: Forecasts = {
  version: 3,
  months: [
    {
      month: '2026-12',
      revenue: eur(100_000),
      billing: null,
      laborCost: eur(40_000),
      otherCost: null,
    },
  ],
};

describe('forecast edits', () => {
  it('shows saved figures as input text and empty ones as blank', () => {
    expect(savedText(forecasts, '2026-12', 'revenue')).toBe('1000.00');
    expect(savedText(forecasts, '2026-12', 'billing')).toBe('');
    expect(savedText(forecasts, '2027-01', 'revenue')).toBe('');
  });

  it('sends only changed months, with their other figures as saved', () => {
    const plan = planForecastSave(
      forecasts,
      { '2026-12|billing': '900', '2027-01|otherCost': '50,5', '2026-11|revenue': '' },
      'EUR',
    );
    expect(plan).toEqual({
      ok: true,
      months: [
        {
          month: '2026-12',
          revenue: eur(100_000),
          billing: eur(90_000),
          laborCost: eur(40_000),
          otherCost: null,
        },
        { month: '2027-01', revenue: null, billing: null, laborCost: null, otherCost: eur(5_050) },
      ],
    });
  });

  it('clears a figure with an empty cell and reports bad amounts', () => {
    const cleared = planForecastSave(forecasts, { '2026-12|revenue': ' ' }, 'EUR');
    expect(cleared.ok && cleared.months[0]?.revenue).toBeNull();
    expect(planForecastSave(forecasts, { '2026-12|revenue': 'abc' }, 'EUR')).toEqual({
      ok: false,
      invalid: ['2026-12|revenue'],
    });
  });
});
