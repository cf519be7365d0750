import { moneyInputText, parseMoneyInput } from '@/lib/money';
import type { ForecastFigure, ForecastMonth, Forecasts } from '../api/financials-schema';
import type { ForecastMonthBody } from '../api/forecasts';

/** Typed, unsaved forecast cells: `month|figure` → text. */
export type ForecastDrafts = Record<string, string>;

export function draftKey(month: string, figure: ForecastFigure): string {
  return `${month}|${figure}`;
}

export function savedText(forecasts: Forecasts, month: string, figure: ForecastFigure): string {
  const row = forecasts.months.find((m) => m.month === month);
  const money = row?.[figure] ?? null;
  return money ? moneyInputText(money.amount, money.currency) : '';
}

export type ForecastPlan =
  { ok: true; months: ForecastMonthBody[] } | { ok: false; invalid: string[] };

/**
 * The months to send: only those with a changed cell, each with all four figures as they will
 * be (empty is null, not zero). Invalid amounts are reported by their cell keys.
 */
export function planForecastSave(
  forecasts: Forecasts,
  drafts: ForecastDrafts,
  currency: string,
): ForecastPlan {
  const invalid: string[] = [];
  const byMonth = new Map<string, ForecastMonthBody>();
  for (const [key, text] of Object.entries(drafts)) {
    const [month, figure] = key.split('|') as [string, ForecastFigure];
    if (text.trim() === savedText(forecasts, month, figure)) continue;
    const amount = parseMoneyInput(text, currency);
    if (amount === undefined) {
      invalid.push(key);
      continue;
    }
    const saved: ForecastMonth | undefined = forecasts.months.find((m) => m.month === month);
    const body = byMonth.get(month) ?? {
      month,
      revenue: saved?.revenue ?? null,
      billing: saved?.billing ?? null,
      laborCost: saved?.laborCost ?? null,
      otherCost: saved?.otherCost ?? null,
    };
    body[figure] = amount === null ? null : { amount, currency };
    byMonth.set(month, body);
  }
  if (invalid.length > 0) return { ok: false, invalid };
  return { ok: true, months: [...byMonth.values()].sort((a, b) => a.month.localeCompare(b.month)) };
}
