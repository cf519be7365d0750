import { describe, expect, it } from 'vitest';
import { planHourlyCost } from './hourly-cost';

describe('hourly cost', () => {
  it('sends exact minor units in the given currency with the version read', () => {
    expect(planHourlyCost('45,50', 'EUR', 3)).toEqual({
      ok: true,
      body: { version: 3, hourlyCost: { amount: 4_550, currency: 'EUR' } },
    });
    expect(planHourlyCost('1 200.05', 'EUR', 1)).toEqual({
      ok: true,
      body: { version: 1, hourlyCost: { amount: 120_005, currency: 'EUR' } },
    });
    expect(planHourlyCost('5000', 'JPY', 1)).toEqual({
      ok: true,
      body: { version: 1, hourlyCost: { amount: 5_000, currency: 'JPY' } },
    });
  });

  it('accepts zero as no cost', () => {
    expect(planHourlyCost('0', 'EUR', 2)).toMatchObject({
      ok: true,
      body: { hourlyCost: { amount: 0 } },
    });
  });

  it('refuses blank, negative, unreadable and too large amounts', () => {
    expect(planHourlyCost('  ', 'EUR', 1)).toEqual({
      ok: false,
      error: 'users.hourlyCost.required',
    });
    for (const text of ['-5', '12e3', 'abc', '100000000000.01']) {
      expect(planHourlyCost(text, 'EUR', 1)).toEqual({
        ok: false,
        error: 'users.hourlyCost.invalid',
      });
    }
  });
});
