import { describe, expect, it } from 'vitest';
import { formatMoneyList, formatMoneyValue, formatPercentText, shiftDecimal } from './money-format';
import { minorUnitsToDecimal, multiplyByQuantity, totalsByCurrency } from './money';

describe('minorUnitsToDecimal', () => {
  it('places the decimal point by the currency minor units', () => {
    expect(minorUnitsToDecimal(1_250_050, 'EUR')).toBe('12500.50');
    expect(minorUnitsToDecimal(5, 'EUR')).toBe('0.05');
    expect(minorUnitsToDecimal(-120, 'EUR')).toBe('-1.20');
    expect(minorUnitsToDecimal(1500, 'JPY')).toBe('1500');
    expect(minorUnitsToDecimal(900_719_925_474_099, 'EUR')).toBe('9007199254740.99');
  });
});

describe('formatMoneyValue', () => {
  it('formats minor units in the locale with the currency digits', () => {
    expect(formatMoneyValue({ amount: 1_250_050, currency: 'EUR' })).toBe('€12,500.50');
    expect(formatMoneyValue({ amount: -5, currency: 'EUR' })).toBe('-€0.05');
    expect(formatMoneyValue({ amount: 1500, currency: 'JPY' })).toBe('JP¥1,500');
    expect(formatMoneyValue({ amount: 100, currency: 'EUR' }, 'exceptZero')).toBe('+€1.00');
  });
});

describe('totalsByCurrency', () => {
  it('adds integers per currency and never across currencies', () => {
    expect(
      totalsByCurrency([
        { amount: 10, currency: 'EUR' },
        null,
        { amount: 5, currency: 'USD' },
        { amount: 7, currency: 'EUR' },
      ]),
    ).toEqual([
      { amount: 17, currency: 'EUR' },
      { amount: 5, currency: 'USD' },
    ]);
    expect(formatMoneyList([])).toBe('–');
  });
});

describe('multiplyByQuantity', () => {
  it('rounds half away from zero once, at the end', () => {
    expect(multiplyByQuantity(333, '1.5')).toBe(500); // 499.5 → 500
    expect(multiplyByQuantity(-333, '1.5')).toBe(-500);
    expect(multiplyByQuantity(1000, '2')).toBe(2000);
    expect(multiplyByQuantity(1, '0.49')).toBe(0);
    expect(multiplyByQuantity(100, '1.234')).toBeNull();
  });
});

describe('percent text', () => {
  it('shifts decimals on the digits and formats a percent', () => {
    expect(shiftDecimal('25.5', -2)).toBe('0.255');
    expect(shiftDecimal('5', -2)).toBe('0.05');
    expect(shiftDecimal('-120', -2)).toBe('-1.2');
    expect(shiftDecimal('0.255', 2)).toBe('25.5');
    expect(formatPercentText('25.5')).toBe('25.5%');
    expect(formatPercentText(null)).toBe('–');
  });
});
