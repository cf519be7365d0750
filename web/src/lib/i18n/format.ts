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
