import type { Money } from '@/lib/money';
import type { HourEntry } from '../api/hour-schema';

/** An entry's value: minutes × hourly amount / 60, rounded half away from zero, once. */
export function entryAmount(minutes: number, perHour: Money | null): Money | null {
  if (!perHour) return null;
  const product = minutes * perHour.amount;
  const rounded = Math.sign(product) * Math.floor((Math.abs(product) + 30) / 60);
  return { amount: rounded, currency: perHour.currency };
}

export interface HourTotals {
  minutes: number;
  billableMinutes: number;
  /** Σ of each billable entry's rounded value, per currency. */
  billableValue: Money[];
  /** Σ of each entry's rounded labor cost, per currency. */
  cost: Money[];
}

function add(totals: Map<string, number>, money: Money | null) {
  if (money) totals.set(money.currency, (totals.get(money.currency) ?? 0) + money.amount);
}

function list(totals: Map<string, number>): Money[] {
  return [...totals].map(([currency, amount]) => ({ amount, currency }));
}

/** Totals of the entries a list shows: sums of rounded parts, never across currencies. */
export function hourTotals(entries: readonly HourEntry[]): HourTotals {
  const value = new Map<string, number>();
  const cost = new Map<string, number>();
  let minutes = 0;
  let billableMinutes = 0;
  for (const entry of entries) {
    minutes += entry.minutes;
    if (entry.billable) {
      billableMinutes += entry.minutes;
      add(value, entryAmount(entry.minutes, entry.unitPrice));
    }
    add(cost, entryAmount(entry.minutes, entry.unitCost));
  }
  return { minutes, billableMinutes, billableValue: list(value), cost: list(cost) };
}
