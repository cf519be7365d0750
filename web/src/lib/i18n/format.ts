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
