/** `YYYY-MM` months, as calendar values without time zones. */

export function monthOf(date: string): string {
  return date.slice(0, 7);
}

export function addMonths(month: string, count: number): string {
  const [year, monthNumber] = month.split('-').map(Number);
  const index = (year ?? 1970) * 12 + ((monthNumber ?? 1) - 1) + count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Every month from `from` to `to`, both included. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let month = from; month <= to; month = addMonths(month, 1)) months.push(month);
  return months;
}

/** The months of the Financials tab: the past 6, the current one and the next 12. */
export function financialsWindow(currentMonth: string): { from: string; to: string } {
  return { from: addMonths(currentMonth, -6), to: addMonths(currentMonth, 12) };
}

/** The months named in a text, e.g. a 409 listing the non-empty months: "2026-12, 2027-01". */
export function monthsIn(value: unknown): string[] {
  const text = typeof value === 'string' ? value : JSON.stringify(value ?? '');
  return [...new Set(text.match(/\b\d{4}-(0[1-9]|1[0-2])\b/g) ?? [])].sort();
}
