import { moneyInputText, parseMoneyInput } from '@/lib/money';
import type { MessageKey } from '@/lib/i18n';
import type { Fee, FeeKind } from '../api/fee-schema';
import type { FeeBody } from '../api/save-fee';

export const feeFields = [
  'kind',
  'date',
  'description',
  'quantity',
  'unit',
  'unitPrice',
  'unitCost',
  'billable',
] as const;
export type FeeField = (typeof feeFields)[number];
export type FeeFormValues = Record<FeeField, string>;

export function emptyFeeValues(today: string): FeeFormValues {
  return {
    kind: 'fee',
    date: today,
    description: '',
    quantity: '1',
    unit: 'pcs',
    unitPrice: '',
    unitCost: '',
    billable: 'true',
  };
}

export function feeToValues(fee: Fee): FeeFormValues {
  return {
    kind: fee.kind,
    date: fee.date,
    description: fee.description,
    quantity: fee.quantity,
    unit: fee.unit,
    unitPrice: moneyInputText(fee.unitPrice.amount, fee.unitPrice.currency),
    unitCost: moneyInputText(fee.unitCost.amount, fee.unitCost.currency),
    billable: String(fee.billable),
  };
}

const quantityPattern = /^\d{1,9}([.,]\d{1,2})?$/;

/** The local checks before sending; the server checks again and answers 422 per field. */
export function validateFee(values: FeeFormValues, currency: string) {
  const errors: Partial<Record<FeeField, MessageKey>> = {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.date)) errors.date = 'fees.validation.date';
  if (values.description.trim() === '') errors.description = 'fees.validation.description';
  if (!quantityPattern.test(values.quantity.trim())) errors.quantity = 'fees.validation.quantity';
  if (values.unit.trim() === '') errors.unit = 'fees.validation.unit';
  if (typeof parseMoneyInput(values.unitPrice, currency) !== 'number') {
    errors.unitPrice = 'fees.validation.money';
  }
  if (parseMoneyInput(values.unitCost, currency) === undefined) {
    errors.unitCost = 'fees.validation.money';
  }
  return errors;
}

/** The request body of valid values; money in the project's currency, quantity with a point. */
export function feeBody(values: FeeFormValues, currency: string): FeeBody {
  return {
    kind: values.kind as FeeKind,
    date: values.date,
    description: values.description.trim(),
    quantity: values.quantity.trim().replace(',', '.'),
    unit: values.unit.trim(),
    unitPrice: { amount: parseMoneyInput(values.unitPrice, currency) ?? 0, currency },
    unitCost: { amount: parseMoneyInput(values.unitCost, currency) ?? 0, currency },
    billable: values.billable === 'true',
  };
}
