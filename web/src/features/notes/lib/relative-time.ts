import { getIntlTag } from '@/lib/i18n';

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/**
 * `2026-12-04T09:30:00Z` → "5 minutes ago", "yesterday", "3 weeks ago" in the current locale;
 * anything under a minute (or a clock slightly ahead of ours) is "now".
 */
export function formatRelativeTime(iso: string, now: Date = new Date()): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const seconds = Math.round((at.getTime() - now.getTime()) / 1000);
  const format = new Intl.RelativeTimeFormat(getIntlTag(), { numeric: 'auto' });
  const elapsed = Math.abs(seconds);
  for (const [unit, size] of units) {
    if (elapsed >= size) return format.format(Math.trunc(seconds / size), unit);
  }
  return format.format(0, 'second');
}
