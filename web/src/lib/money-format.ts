import { getIntlTag } from './i18n';
import { currencyDigits, minorUnitsToDecimal, type Money } from './money';

type SignDisplay = 'auto' | 'exceptZero' | 'always' | 'never';

/**
 * `{amount: 1250050, currency: 'EUR'}` → "€12,500.50" in the current locale. The exact decimal
 * string goes to Intl.NumberFormat (which formats strings without rounding them through a float
 * on current engines); the amount itself is never divided.
 */
export function formatMoneyValue(money: Money, signDisplay: SignDisplay = 'auto'): string {
  const digits = currencyDigits(money.currency);
  const decimal = minorUnitsToDecimal(money.amount, money.currency);
  try {
    const formatter = new Intl.NumberFormat(getIntlTag(), {
      style: 'currency',
      currency: money.currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      signDisplay,
    });
    // Intl accepts decimal strings (ES2023); the cast keeps older type definitions happy.
    return formatter.format(decimal as unknown as number);
  } catch {
    return `${decimal} ${money.currency}`;
  }
}

/** Several currencies' totals on one line: "€1,200.00 · $300.00"; a dash when there are none. */
export function formatMoneyList(totals: readonly Money[]): string {
  return totals.length === 0 ? '–' : totals.map((money) => formatMoneyValue(money)).join(' · ');
}

/** A percent that travels as a decimal string ("25.5") → "25.5 %" in the locale; a dash for null. */
export function formatPercentText(value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '–';
  try {
    const formatter = new Intl.NumberFormat(getIntlTag(), {
      style: 'percent',
      maximumFractionDigits: 1,
    });
    // A percent string shifted two places is a fraction; done on the digits, not by dividing.
    return formatter.format(shiftDecimal(value, -2) as unknown as number);
  } catch {
    return `${value} %`;
  }
}

/** "25.5" shifted by -2 → "0.255"; by +2 → "2550". Pure string work. */
export function shiftDecimal(value: string, places: number): string {
  const match = /^(-?)(\d*)(?:\.(\d*))?$/.exec(value.trim());
  if (!match) return value;
  const sign = match[1] ?? '';
  let whole = match[2] || '0';
  let fraction = match[3] ?? '';
  if (places < 0) {
    whole = whole.padStart(-places + 1, '0');
    fraction = whole.slice(places) + fraction;
    whole = whole.slice(0, places);
  } else if (places > 0) {
    fraction = fraction.padEnd(places, '0');
    whole += fraction.slice(0, places);
    fraction = fraction.slice(places);
  }
  whole = whole.replace(/^0+(?=\d)/, '');
  fraction = fraction.replace(/0+$/, '');
  return `${sign}${whole}${fraction ? `.${fraction}` : ''}`;
}
