import { describe, expect, it } from 'vitest';
import type { ProjectPrices } from '../api/prices-schema';
import {
  addableWorkTypes,
  placePriceErrors,
  priceConflictRows,
  planPricesSave,
  pricesToRows,
  rowsChanged,
} from './price-rows';

const saved: ProjectPrices = {
  projectId: 40,
  currency: 'EUR',
  version: 2,
  prices: [
    { workTypeId: 1, workTypeName: 'Consulting', hourlyPrice: { amount: 12_000, currency: 'EUR' } },
    { workTypeId: 3, workTypeName: 'Design', hourlyPrice: { amount: 9_550, currency: 'EUR' } },
  ],
};

describe('project price rows', () => {
  it('shows saved prices as input text', () => {
    expect(pricesToRows(saved)).toEqual([
      { workTypeId: 1, workTypeName: 'Consulting', price: '120.00' },
      { workTypeId: 3, workTypeName: 'Design', price: '95.50' },
    ]);
  });

  it('offers only active work types that are not listed yet, by name', () => {
    const types = [
      { id: 5, name: 'Travel', isActive: true },
      { id: 1, name: 'Consulting', isActive: true },
      { id: 4, name: 'Internal', isActive: false },
      { id: 2, name: 'Architecture', isActive: true },
    ];
    expect(addableWorkTypes(types, pricesToRows(saved)).map((type) => type.id)).toEqual([2, 5]);
  });

  it('sees a change in an amount, not in how it was typed', () => {
    const rows = pricesToRows(saved);
    const design = { workTypeId: 3, workTypeName: 'Design', price: '95.50' };
    const consulting = (price: string) => ({ workTypeId: 1, workTypeName: 'Consulting', price });
    expect(rowsChanged(saved, rows)).toBe(false);
    expect(rowsChanged(saved, [consulting('120'), design])).toBe(false);
    expect(rowsChanged(saved, [consulting('120,01'), design])).toBe(true);
    expect(rowsChanged(saved, [design])).toBe(true);
  });

  it('builds the PUT body with exact minor units and the version read', () => {
    const rows = [
      { workTypeId: 1, workTypeName: 'Consulting', price: '1 250,75' },
      { workTypeId: 2, workTypeName: 'Architecture', price: '0.10' },
    ];
    expect(planPricesSave(rows, 'EUR', 2)).toEqual({
      ok: true,
      body: {
        version: 2,
        prices: [
          { workTypeId: 1, hourlyPrice: { amount: 125_075, currency: 'EUR' } },
          { workTypeId: 2, hourlyPrice: { amount: 10, currency: 'EUR' } },
        ],
      },
    });
    expect(planPricesSave([], 'EUR', 0)).toEqual({ ok: true, body: { version: 0, prices: [] } });
  });

  it('asks for a price on every row', () => {
    const rows = [
      { workTypeId: 1, workTypeName: 'Consulting', price: '' },
      { workTypeId: 2, workTypeName: 'Architecture', price: '12e3' },
      { workTypeId: 3, workTypeName: 'Design', price: '80' },
    ];
    expect(planPricesSave(rows, 'EUR', 1)).toEqual({
      ok: false,
      errors: { 1: 'prices.validation.price', 2: 'prices.validation.price' },
    });
  });

  it('places server field errors on the rows that were sent', () => {
    const sent = {
      version: 2,
      prices: [
        { workTypeId: 7, hourlyPrice: { amount: 1, currency: 'EUR' } },
        { workTypeId: 9, hourlyPrice: { amount: 2, currency: 'EUR' } },
      ],
    };
    expect(
      placePriceErrors(
        [
          { field: 'prices[1].hourlyPrice.currency', message: 'Use EUR' },
          { field: 'prices.0.workTypeId', message: 'Unknown work type' },
          { field: 'version', message: 'Required' },
        ],
        sent,
      ),
    ).toEqual({ byWorkType: { 9: 'Use EUR', 7: 'Unknown work type' }, other: ['Required'] });
  });

  it('lists the work types whose prices differ in a version conflict', () => {
    const theirs: ProjectPrices = {
      ...saved,
      version: 3,
      prices: [
        {
          workTypeId: 1,
          workTypeName: 'Consulting',
          hourlyPrice: { amount: 13_000, currency: 'EUR' },
        },
        { workTypeId: 3, workTypeName: 'Design', hourlyPrice: { amount: 9_550, currency: 'EUR' } },
      ],
    };
    const mine = [
      { workTypeId: 1, workTypeName: 'Consulting', price: '120' },
      { workTypeId: 3, workTypeName: 'Design', price: '95,5' },
      { workTypeId: 2, workTypeName: 'Architecture', price: '70' },
    ];
    expect(priceConflictRows(mine, theirs)).toEqual([
      { field: '1', label: 'Consulting', yours: '120', theirs: '130.00' },
      { field: '2', label: 'Architecture', yours: '70', theirs: '' },
    ]);
  });
});
