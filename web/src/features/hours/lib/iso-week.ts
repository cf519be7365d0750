/** ISO 8601 weeks ("2026-W49", Monday to Sunday) on calendar dates, without time zones. */

const weekPattern = /^(\d{4})-W(\d{2})$/;
const dayMs = 24 * 60 * 60 * 1000;

/** A calendar date (`YYYY-MM-DD`) as midnight UTC, so day arithmetic never meets daylight saving. */
function utcDate(date: string): Date {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return isoDate(new Date(utcDate(date).getTime() + days * dayMs));
}

/** The ISO week a date belongs to: the week of its Thursday. */
export function weekOfDate(date: string): string {
  const day = utcDate(date);
  const weekday = (day.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const thursday = new Date(day.getTime() + (3 - weekday) * dayMs);
  const year = thursday.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  const firstMonday = firstThursday.getTime() - ((firstThursday.getUTCDay() + 6) % 7) * dayMs;
  const week = Math.floor((thursday.getTime() - firstMonday) / (7 * dayMs)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

export function isWeek(text: string | null | undefined): text is string {
  if (!text || !weekPattern.test(text)) return false;
  return weekOfDate(mondayOfWeek(text)) === text;
}

/** The Monday of an ISO week. */
export function mondayOfWeek(week: string): string {
  const match = weekPattern.exec(week);
  if (!match) throw new Error(`Not an ISO week: ${week}`);
  const year = Number(match[1]);
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  const firstMonday = firstThursday.getTime() - ((firstThursday.getUTCDay() + 6) % 7) * dayMs;
  return isoDate(new Date(firstMonday + (Number(match[2]) - 1) * 7 * dayMs));
}

/** Monday … Sunday of a week. */
export function daysOfWeek(week: string): string[] {
  const monday = mondayOfWeek(week);
  return Array.from({ length: 7 }, (_, index) => addDays(monday, index));
}

export function shiftWeek(week: string, weeks: number): string {
  return weekOfDate(addDays(mondayOfWeek(week), weeks * 7));
}

/** Today's local date in the browser (`YYYY-MM-DD`). */
export function localToday(now: Date = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}
