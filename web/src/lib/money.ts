/** The number of minor-unit digits of a currency (2 for EUR, 0 for JPY); 2 when unknown. */
export function currencyDigits(currency: string): number {
  try {
    return (
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
        .maximumFractionDigits ?? 2
    );
  } catch {
    return 2;
  }
}

/**
 * What a user typed as an amount ("12 500,50", "12500.5", "1,250,000.00") in minor units.
 * `null` for empty, `undefined` when it is not an amount.
 */
export function parseMoneyInput(text: string, currency: string): number | null | undefined {
  const compact = text.replace(/[\s\u00a0\u202f']/g, '');
  if (compact === '') return null;
  if (!/^\d[\d.,]*$/.test(compact)) return undefined;
  const digits = currencyDigits(currency);
  // The last separator followed by 1..digits numbers is the decimal one; the others group thousands.
  const match = /^(.*?)(?:[.,](\d+))?$/.exec(compact);
  let whole = compact;
  let fraction = '';
  if (match && match[2] !== undefined && match[2].length <= digits && digits > 0) {
    whole = match[1] ?? '';
    fraction = match[2];
  }
  whole = whole.replace(/[.,]/g, '');
  if (!/^\d+$/.test(whole)) return undefined;
  const value = Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  return Number.isSafeInteger(value) ? value : undefined;
}

/** Minor units → the plain text a money input starts with ("12500.50"). */
export function moneyInputText(amount: number, currency: string): string {
  const digits = currencyDigits(currency);
  if (digits === 0) return String(amount);
  const whole = Math.floor(amount / 10 ** digits);
  const fraction = String(amount % 10 ** digits).padStart(digits, '0');
  return `${whole}.${fraction}`;
}
