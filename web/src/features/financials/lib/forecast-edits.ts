import { moneyInputText, parseMoneyInput } from '@/lib/money';
import type { ForecastField, ForecastMonth, Forecasts } from '../api/financials-schema';
import type { ForecastMonthBody } from '../api/forecasts';

/** Typed, unsaved forecast cells: `month|field` → text (a figure or the month's note). */
export type ForecastDrafts = Record<string, string>;

/** The longest note a month may have (docs/api.md: one line of at most 2,000 characters). */
export const maxForecastNoteLength = 2000;

export function draftKey(month: string, field: ForecastField): string {
  return `${month}|${field}`;
}

export function savedText(forecasts: Forecasts, month: string, field: ForecastField): string {
  const row = forecasts.months.find((m) => m.month === month);
  if (field === 'notes') return row?.notes ?? '';
  const money = row?.[field] ?? null;
  return money ? moneyInputText(money.amount, money.currency) : '';
}

/** Why a typed note cannot be saved: it spans several lines or is too long; null when it can. */
export function noteProblem(text: string): 'multiline' | 'tooLong' | null {
  if (/[\r\n]/.test(text)) return 'multiline';
  if ([...text.trim()].length > maxForecastNoteLength) return 'tooLong';
  return null;
}

export type ForecastPlan =
  { ok: true; months: ForecastMonthBody[] } | { ok: false; invalid: string[] };

function savedMonthBody(saved: ForecastMonth | undefined, month: string): ForecastMonthBody {
  return {
    month,
    revenue: saved?.revenue ?? null,
    billing: saved?.billing ?? null,
    laborCost: saved?.laborCost ?? null,
    otherCost: saved?.otherCost ?? null,
    notes: saved?.notes ?? null,
  };
}

/**
 * The months to send: only those with a changed cell, each with all four figures and the note as
 * they will be (empty is null, not zero). The PUT replaces a listed month whole, so what was not
 * typed goes as saved. Invalid amounts and notes are reported by their cell keys.
 */
export function planForecastSave(
  forecasts: Forecasts,
  drafts: ForecastDrafts,
  currency: string,
): ForecastPlan {
  const invalid: string[] = [];
  const byMonth = new Map<string, ForecastMonthBody>();
  for (const [key, text] of Object.entries(drafts)) {
    const [month, field] = key.split('|') as [string, ForecastField];
    if (text.trim() === savedText(forecasts, month, field)) continue;
    const body =
      byMonth.get(month) ??
      savedMonthBody(
        forecasts.months.find((m) => m.month === month),
        month,
      );
    if (field === 'notes') {
      if (noteProblem(text) !== null) {
        invalid.push(key);
        continue;
      }
      body.notes = text.trim() === '' ? null : text.trim();
    } else {
      const amount = parseMoneyInput(text, currency);
      if (amount === undefined) {
        invalid.push(key);
        continue;
      }
      body[field] = amount === null ? null : { amount, currency };
    }
    byMonth.set(month, body);
  }
  if (invalid.length > 0) return { ok: false, invalid };
  return { ok: true, months: [...byMonth.values()].sort((a, b) => a.month.localeCompare(b.month)) };
}
