import { describe, expect, it } from 'vitest';
import { moneyInputText, parseMoneyInput } from './money';

describe('parseMoneyInput', () => {
  it('reads whole amounts, decimals with comma or point, and grouped thousands', () => {
    expect(parseMoneyInput('12500', 'EUR')).toBe(1_250_000);
    expect(parseMoneyInput('12 500,5', 'EUR')).toBe(1_250_050);
    expect(parseMoneyInput('12500.55', 'EUR')).toBe(1_250_055);
    expect(parseMoneyInput('1,250,000.00', 'EUR')).toBe(125_000_000);
    expect(parseMoneyInput('1.250.000', 'EUR')).toBe(125_000_000);
  });

  it('uses the currency minor units', () => {
    expect(parseMoneyInput('1500', 'JPY')).toBe(1500);
  });

  it('tells empty from invalid', () => {
    expect(parseMoneyInput('  ', 'EUR')).toBeNull();
    expect(parseMoneyInput('12a', 'EUR')).toBeUndefined();
    expect(parseMoneyInput('-5', 'EUR')).toBeUndefined();
  });
});

describe('moneyInputText', () => {
  it('round-trips through parseMoneyInput', () => {
    expect(moneyInputText(1_250_050, 'EUR')).toBe('12500.50');
    expect(parseMoneyInput(moneyInputText(1_250_050, 'EUR'), 'EUR')).toBe(1_250_050);
    expect(moneyInputText(1500, 'JPY')).toBe('1500');
  });
});
