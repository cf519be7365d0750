import { getIntlTag, t } from '@/lib/i18n';
import type { Activity } from '../api/activity-schema';
import { isoToAllDay, localToday, toLocalParts, userTimeZone } from './activity-time';

type When = Pick<Activity, 'kind' | 'dueAt' | 'startAt' | 'endAt' | 'allDay'>;

export interface FormatOptions {
  timeZone?: string;
  locale?: string;
}

function dateFormat(options: FormatOptions, timeZone: string, withTime: boolean) {
  return new Intl.DateTimeFormat(options.locale ?? getIntlTag(), {
    dateStyle: 'medium',
    ...(withTime ? { timeStyle: 'short' } : {}),
    timeZone,
  });
}

/** A to-do's due date with a time of 00:00 on the user's clock is a date without a time. */
export function isDateOnlyDue(dueAt: string, timeZone = userTimeZone()): boolean {
  return toLocalParts(dueAt, timeZone)?.time === '00:00';
}

/**
 * When an activity happens, in the user's locale and time zone: "Due 8 Dec 2026, 10:00" (or
 * without a time), "No due date", "8 Dec 2026, 10:00–11:00", "8–10 Dec 2026 (all day)".
 */
export function formatWhen(activity: When, options: FormatOptions = {}): string {
  const timeZone = options.timeZone ?? userTimeZone();
  if (activity.kind === 'todo') {
    if (!activity.dueAt) return t('activity.when.noDue');
    const withTime = !isDateOnlyDue(activity.dueAt, timeZone);
    const date = dateFormat(options, timeZone, withTime).format(new Date(activity.dueAt));
    return t('activity.when.due', { date });
  }
  if (!activity.startAt || !activity.endAt) return t('common.none');
  if (activity.allDay) {
    // Whole days are dates, not instants: shown as the UTC day they name, in every time zone.
    const first = new Date(`${isoToAllDay(activity.startAt)}T00:00:00Z`);
    const last = new Date(`${isoToAllDay(activity.endAt)}T00:00:00Z`);
    const range = dateFormat(options, 'UTC', false).formatRange(first, last);
    return t('activity.when.allDay', { range });
  }
  return dateFormat(options, timeZone, true).formatRange(
    new Date(activity.startAt),
    new Date(activity.endAt),
  );
}

/**
 * A planned to-do past its due time; one due on a date only is overdue from the next day on.
 * Calendar entries are never "overdue": they simply happened.
 */
export function isOverdue(
  activity: When & Pick<Activity, 'isDone'>,
  now: Date,
  timeZone = userTimeZone(),
): boolean {
  if (activity.kind !== 'todo' || activity.isDone || !activity.dueAt) return false;
  if (isDateOnlyDue(activity.dueAt, timeZone)) {
    const due = toLocalParts(activity.dueAt, timeZone)?.date ?? '';
    return due < localToday(now, timeZone);
  }
  return Date.parse(activity.dueAt) < now.getTime();
}

/** The instant used for sorting the planned list: due time of a to-do, start of an entry. */
export function plannedDate(activity: When): string | null {
  return activity.kind === 'todo' ? activity.dueAt : activity.startAt;
}
