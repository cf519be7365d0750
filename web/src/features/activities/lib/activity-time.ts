/**
 * Dates and times of activities. The API speaks UTC instants; the user types and reads wall-clock
 * dates and times of their own time zone. All-day calendar entries are whole days, sent as
 * `YYYY-MM-DDT00:00:00Z` of the first and the last day (inclusive), so they read the same in every
 * time zone. A to-do due on a date without a time is due at the start of that day in the user's
 * time zone (a typed 00:00 therefore reads back as "date only", which means the same).
 */

/** The browser's time zone, e.g. `Europe/Helsinki`. */
export function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export interface LocalParts {
  /** `YYYY-MM-DD` */
  date: string;
  /** `HH:MM`, 24-hour */
  time: string;
}

const partFormats = new Map<string, Intl.DateTimeFormat>();

function partFormat(timeZone: string): Intl.DateTimeFormat {
  let format = partFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    partFormats.set(timeZone, format);
  }
  return format;
}

function wallClock(instant: number, timeZone: string) {
  const parts: Record<string, number> = {};
  for (const part of partFormat(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 1970,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** An instant as the date and time on a wall clock in `timeZone`. */
export function toLocalParts(iso: string, timeZone = userTimeZone()): LocalParts | null {
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) return null;
  const c = wallClock(instant, timeZone);
  return {
    date: `${pad(c.year, 4)}-${pad(c.month)}-${pad(c.day)}`,
    time: `${pad(c.hour)}:${pad(c.minute)}`,
  };
}

/** How far `timeZone`'s wall clock is ahead of UTC at `instant`, in milliseconds. */
function zoneOffset(instant: number, timeZone: string): number {
  const c = wallClock(instant, timeZone);
  const asUtc = Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const timePattern = /^(\d{2}):(\d{2})$/;

export function isDate(text: string): boolean {
  const match = datePattern.exec(text);
  if (!match) return false;
  const utc = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return utc.toISOString().slice(0, 10) === text;
}

export function isTime(text: string): boolean {
  const match = timePattern.exec(text);
  return match !== null && Number(match[1]) < 24 && Number(match[2]) < 60;
}

/** A wall-clock date and time in `timeZone` as a UTC instant (`…Z`); null when not valid. */
export function fromLocalParts(
  date: string,
  time: string,
  timeZone = userTimeZone(),
): string | null {
  if (!isDate(date) || !isTime(time)) return null;
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // The offset at the guess, checked again at the result: right across a DST change too.
  let instant = wall - zoneOffset(wall, timeZone);
  instant = wall - zoneOffset(instant, timeZone);
  return new Date(instant).toISOString().replace('.000Z', 'Z');
}

/** An all-day entry's day as the contract sends it: `2026-12-08` → `2026-12-08T00:00:00Z`. */
export function allDayToIso(date: string): string | null {
  return isDate(date) ? `${date}T00:00:00Z` : null;
}

/** The day of an all-day entry's `startAt` / `endAt` (UTC midnight). */
export function isoToAllDay(iso: string): string {
  return iso.slice(0, 10);
}

/** The next full hour from `now` in `timeZone`, and one hour later: a new calendar entry's default. */
export function defaultSlot(now: Date, timeZone = userTimeZone()) {
  const hour = 60 * 60 * 1000;
  const start = Math.ceil(now.getTime() / hour) * hour;
  const from = toLocalParts(new Date(start).toISOString(), timeZone) as LocalParts;
  const to = toLocalParts(new Date(start + hour).toISOString(), timeZone) as LocalParts;
  return { start: from, end: to };
}

/** Today's date on the user's wall clock. */
export function localToday(now: Date, timeZone = userTimeZone()): string {
  return (toLocalParts(now.toISOString(), timeZone) as LocalParts).date;
}
