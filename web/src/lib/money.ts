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

/** An amount of money as the API sends it: integer minor units and an ISO 4217 code (DESIGN §4). */
export interface Money {
  amount: number;
  currency: string;
}

/**
 * Minor units as an exact decimal string ("-1250050" EUR → "-12500.50"), built from the digits so
 * that no float ever touches the amount.
 */
export function minorUnitsToDecimal(amount: number, currency: string): string {
  const digits = currencyDigits(currency);
  const sign = amount < 0 ? '-' : '';
  const text = String(Math.abs(Math.trunc(amount)));
  if (digits === 0) return `${sign}${text}`;
  const padded = text.padStart(digits + 1, '0');
  return `${sign}${padded.slice(0, -digits)}.${padded.slice(-digits)}`;
}

/**
 * Sums amounts per currency (never across currencies), in the order the currencies first appear.
 * Integer additions only.
 */
export function totalsByCurrency(amounts: readonly (Money | null | undefined)[]): Money[] {
  const totals = new Map<string, number>();
  for (const money of amounts) {
    if (!money) continue;
    totals.set(money.currency, (totals.get(money.currency) ?? 0) + money.amount);
  }
  return [...totals].map(([currency, amount]) => ({ amount, currency }));
}

/** `quantity` (a decimal string with up to 2 places, "1.25") × a unit amount, rounded half away from zero. */
export function multiplyByQuantity(unitAmount: number, quantity: string): number | null {
  const match = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(quantity.trim());
  if (!match) return null;
  const hundredths = Number(match[2]) * 100 + Number((match[3] ?? '').padEnd(2, '0') || '0');
  const product = unitAmount * hundredths; // exact while below 2^53
  if (!Number.isSafeInteger(product)) return null;
  const rounded = Math.sign(product) * Math.floor((Math.abs(product) + 50) / 100);
  return match[1] === '-' ? -rounded : rounded;
}
