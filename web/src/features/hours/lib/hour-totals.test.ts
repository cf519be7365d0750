import { describe, expect, it } from 'vitest';
import type { HourEntry } from '../api/hour-schema';
import { entryAmount, hourTotals } from './hour-totals';

function entry(minutes: number, billable: boolean, price: number, cost: number): HourEntry {
  return {
    id: minutes,
    userId: 1,
    userName: 'Kalle',
    projectId: 1,
    projectName: 'Intranet',
    workTypeId: 1,
    workTypeName: 'Design',
    date: '2026-12-01',
    minutes,
    description: '',
    billable,
    unitPrice: { amount: price, currency: 'EUR' },
    unitCost: { amount: cost, currency: 'EUR' },
    invoiceId: null,
    version: 1,
  };
}

describe('hour totals', () => {
  it('rounds each entry once, half away from zero', () => {
    expect(entryAmount(20, { amount: 10_001, currency: 'EUR' })).toEqual({
      amount: 3334,
      currency: 'EUR',
    }); // 3333.67
    expect(entryAmount(30, { amount: 1, currency: 'EUR' })?.amount).toBe(1); // 0.5 → 1
    expect(entryAmount(90, null)).toBeNull();
  });

  it('sums minutes, billable minutes, billable value and cost', () => {
    const totals = hourTotals([entry(90, true, 10_000, 5_000), entry(30, false, 10_000, 5_000)]);
    expect(totals).toEqual({
      minutes: 120,
      billableMinutes: 90,
      billableValue: [{ amount: 15_000, currency: 'EUR' }],
      cost: [{ amount: 10_000, currency: 'EUR' }],
    });
  });
});
