import { getIntlTag, t } from './translate';

/** `2026-11-27T20:41:00Z` → "27 Nov 2026, 22:41" in the user's time zone and locale. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(getIntlTag(), { dateStyle: 'medium', timeStyle: 'short' }).format(
    date,
  );
}

/** A wait such as a `Retry-After`, rounded up to whole minutes past one minute. */
export function formatWait(seconds: number): string {
  if (seconds < 60) return t('time.seconds', { count: Math.max(1, Math.ceil(seconds)) });
  return t('time.minutes', { count: Math.ceil(seconds / 60) });
}

/** Minor units (cents) and an ISO 4217 code → "12 500,00 €" style in the current locale. */
export function formatMoney(amount: number, currency: string): string {
  try {
    const formatter = new Intl.NumberFormat(getIntlTag(), { style: 'currency', currency });
    const digits = formatter.resolvedOptions().maximumFractionDigits ?? 2;
    return formatter.format(amount / 10 ** digits);
  } catch {
    return `${(amount / 100).toFixed(2)} ${currency}`;
  }
}

/**
 * An exact amount of minor units (a bigint, or the decimal-string form the server uses beyond 2^53 − 1) in
 * the style of formatMoney. Whole units and the fraction are formatted apart, so no digit is lost to a float.
 */
export function formatMoneyExact(amount: bigint | string, currency: string): string {
  const minor = typeof amount === 'bigint' ? amount : BigInt(amount);
  const negative = minor < 0n;
  const magnitude = negative ? -minor : minor;
  try {
    const formatter = new Intl.NumberFormat(getIntlTag(), { style: 'currency', currency });
    const digits = formatter.resolvedOptions().maximumFractionDigits ?? 2;
    const scale = 10n ** BigInt(digits);
    const fraction = (magnitude % scale).toString().padStart(digits, '0');
    const parts = formatter.formatToParts(negative ? -(magnitude / scale) : magnitude / scale);
    const text = parts.map((part) => (part.type === 'fraction' ? fraction : part.value)).join('');
    // A negative amount under one whole unit has no sign on its zero whole part.
    return negative && magnitude < scale ? `-${text}` : text;
  } catch {
    const whole = magnitude / 100n;
    const cents = (magnitude % 100n).toString().padStart(2, '0');
    return `${negative ? '-' : ''}${whole}.${cents} ${currency}`;
  }
}

/** `2026-12-15` (a calendar date, no time zone) → "15 Dec 2026". */
export function formatDate(date: string | null | undefined): string {
  if (!date) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const utc = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(getIntlTag(), { dateStyle: 'medium', timeZone: 'UTC' }).format(
    utc,
  );
}
