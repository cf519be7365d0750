import { describe, expect, it } from 'vitest';
import { emptyFeeValues, feeBody, feeToValues, validateFee } from './fee-form';

describe('fee form', () => {
  it('asks for description, quantity with two decimals at most, unit and price', () => {
    const values = { ...emptyFeeValues('2026-12-01'), quantity: '1.255', unit: ' ' };
    expect(validateFee(values, 'EUR')).toEqual({
      description: 'fees.validation.description',
      quantity: 'fees.validation.quantity',
      unit: 'fees.validation.unit',
      unitPrice: 'fees.validation.money',
    });
  });

  it('builds a body with minor units and a decimal-point quantity', () => {
    const values = {
      ...emptyFeeValues('2026-12-01'),
      description: 'Licence',
      quantity: '2,5',
      unitPrice: '120,50',
    };
    expect(validateFee(values, 'EUR')).toEqual({});
    expect(feeBody(values, 'EUR')).toEqual({
      kind: 'fee',
      date: '2026-12-01',
      description: 'Licence',
      quantity: '2.5',
      unit: 'pcs',
      unitPrice: { amount: 12_050, currency: 'EUR' },
      unitCost: { amount: 0, currency: 'EUR' },
      billable: true,
    });
  });

  it('reads a saved row back into the form', () => {
    const values = feeToValues({
      id: 1,
      projectId: 2,
      kind: 'cost',
      date: '2026-12-02',
      description: 'Train',
      quantity: '1.00',
      unit: 'trip',
      unitPrice: { amount: 0, currency: 'EUR' },
      unitCost: { amount: 8_990, currency: 'EUR' },
      billable: false,
      vatRateId: null,
      invoiceId: null,
      version: 3,
    });
    expect(values).toMatchObject({ kind: 'cost', unitCost: '89.90', billable: 'false' });
  });
});
