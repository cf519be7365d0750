import { describe, expect, it } from 'vitest';
import type { Forecasts } from '../api/financials-schema';
import { noteProblem, planForecastSave, savedText } from './forecast-edits';

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
      notes: 'Kick-off',
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
          notes: 'Kick-off',
        },
        {
          month: '2027-01',
          revenue: null,
          billing: null,
          laborCost: null,
          otherCost: eur(5_050),
          notes: null,
        },
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

  it('shows a saved note and sends a changed one with the figures as saved', () => {
    expect(savedText(forecasts, '2026-12', 'notes')).toBe('Kick-off');
    expect(savedText(forecasts, '2027-01', 'notes')).toBe('');
    const plan = planForecastSave(
      forecasts,
      { '2026-12|notes': '  Steering group moved  ', '2027-01|notes': 'Holiday' },
      'EUR',
    );
    expect(plan).toEqual({
      ok: true,
      months: [
        {
          month: '2026-12',
          revenue: eur(100_000),
          billing: null,
          laborCost: eur(40_000),
          otherCost: null,
          notes: 'Steering group moved',
        },
        {
          month: '2027-01',
          revenue: null,
          billing: null,
          laborCost: null,
          otherCost: null,
          notes: 'Holiday',
        },
      ],
    });
  });

  it('clears a note with a blank cell and skips an unchanged one', () => {
    const cleared = planForecastSave(forecasts, { '2026-12|notes': '   ' }, 'EUR');
    expect(cleared.ok && cleared.months[0]?.notes).toBeNull();
    expect(planForecastSave(forecasts, { '2026-12|notes': 'Kick-off ' }, 'EUR')).toEqual({
      ok: true,
      months: [],
    });
  });

  it('refuses notes of several lines or over 2,000 characters', () => {
    expect(noteProblem('a'.repeat(2000))).toBeNull();
    expect(noteProblem('a'.repeat(2001))).toBe('tooLong');
    expect(noteProblem('one\ntwo')).toBe('multiline');
    expect(planForecastSave(forecasts, { '2027-02|notes': 'x'.repeat(2001) }, 'EUR')).toEqual({
      ok: false,
      invalid: ['2027-02|notes'],
    });
  });
});
