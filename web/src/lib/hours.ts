/** The most minutes one day can hold (DESIGN §4: hours are integer minutes, ≤ 24 h a day). */
export const minutesPerDay = 24 * 60;

export type HoursInputError = 'invalid' | 'negative' | 'tooLong';

/** What a typed hours cell means: minutes, blank (`null`), or why it is not hours. */
export type HoursInput =
  { ok: true; minutes: number | null } | { ok: false; error: HoursInputError };

/** Decimal hours as integer minutes without floats: "1.25" → 75, "0.33" → 20 (half up). */
function decimalHoursToMinutes(whole: string, fraction: string): number {
  const wholeMinutes = Number(whole || '0') * 60;
  if (fraction === '') return wholeMinutes;
  const scale = 10 ** fraction.length;
  const fractionMinutes = Math.floor((Number(fraction) * 60 * 2 + scale) / (2 * scale));
  return wholeMinutes + fractionMinutes;
}

const decimal = String.raw`(\d*)(?:[.,](\d{0,4}))?`;
const patterns: { pattern: RegExp; read: (match: RegExpExecArray) => number | null }[] = [
  // 1:30 (hours and minutes)
  {
    pattern: /^(\d+):(\d{2})$/,
    read: (m) => (Number(m[2]) < 60 ? Number(m[1]) * 60 + Number(m[2]) : null),
  },
  // 90m, 90 min, 90min
  { pattern: /^(\d+)\s*(?:m|min|mins|minutes?)$/, read: (m) => Number(m[1]) },
  // 1h30, 1h 30m, 1 h 30 min
  {
    pattern: /^(\d+)\s*h\s*(\d+)\s*(?:m|min)?$/,
    read: (m) => (Number(m[2]) < 60 ? Number(m[1]) * 60 + Number(m[2]) : null),
  },
  // 2h, 1.5h, 1,5 h, 2 hours
  {
    pattern: new RegExp(`^${decimal}\\s*(?:h|hrs?|hours?)$`),
    read: (m) => (m[1] === '' && !m[2] ? null : decimalHoursToMinutes(m[1] ?? '', m[2] ?? '')),
  },
  // 1.5, 1,5, .5, 8
  {
    pattern: new RegExp(`^${decimal}$`),
    read: (m) => (m[1] === '' && !m[2] ? null : decimalHoursToMinutes(m[1] ?? '', m[2] ?? '')),
  },
];

/**
 * Reads what a user typed as hours — `1.5`, `1,5`, `1:30`, `90m`, `2h`, `1h 30m` — as integer
 * minutes. Blank is `null` (no hours). Negative amounts, more than 24 hours and anything else
 * are errors; the server checks the day's total again.
 */
export function parseHoursInput(text: string): HoursInput {
  const input = text.trim().toLowerCase();
  if (input === '') return { ok: true, minutes: null };
  if (input.startsWith('-')) {
    return parseHoursInput(input.slice(1)).ok ? { ok: false, error: 'negative' } : invalid();
  }
  for (const { pattern, read } of patterns) {
    const match = pattern.exec(input);
    if (!match) continue;
    const minutes = read(match);
    if (minutes === null || !Number.isSafeInteger(minutes)) return invalid();
    if (minutes > minutesPerDay) return { ok: false, error: 'tooLong' };
    return { ok: true, minutes };
  }
  return invalid();
}

function invalid(): HoursInput {
  return { ok: false, error: 'invalid' };
}

/**
 * Minutes as the hours a cell shows and a user can type back: decimal when exact to two places
 * ("1.5", "7.25", "0.05"), else hours and minutes ("0:20"). Zero is "0".
 */
export function formatMinutesAsHours(minutes: number): string {
  const sign = minutes < 0 ? '-' : '';
  const value = Math.abs(minutes);
  const hours = Math.floor(value / 60);
  const rest = value % 60;
  if ((rest * 100) % 60 === 0) {
    const hundredths = (rest * 100) / 60;
    if (hundredths === 0) return `${sign}${hours}`;
    const fraction = String(hundredths).padStart(2, '0').replace(/0$/, '');
    return `${sign}${hours}.${fraction}`;
  }
  return `${sign}${hours}:${String(rest).padStart(2, '0')}`;
}

/** Minutes as exact decimal hours, for totals and percentages of hours: 100 → "1.67" (half up). */
export function minutesToDecimalHours(minutes: number): string {
  const sign = minutes < 0 ? '-' : '';
  const value = Math.abs(minutes);
  const hundredths = Math.floor((value * 100 * 2 + 60) / 120);
  const whole = Math.floor(hundredths / 100);
  const fraction = hundredths % 100;
  return fraction === 0
    ? `${sign}${whole}`
    : `${sign}${whole}.${String(fraction).padStart(2, '0').replace(/0$/, '')}`;
}
