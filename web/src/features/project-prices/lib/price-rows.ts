import { moneyInputText, parseMoneyInput } from '@/lib/money';
import type { MessageKey } from '@/lib/i18n';
import type { PriceWorkType, ProjectPrices, ProjectPricesBody } from '../api/prices-schema';

/** One row of the prices table as typed: the work type and the price text. */
export interface PriceRow {
  workTypeId: number;
  workTypeName: string;
  price: string;
}

/** The saved list as editable rows, prices as input text ("85.00"). */
export function pricesToRows(prices: ProjectPrices): PriceRow[] {
  return prices.prices.map((price) => ({
    workTypeId: price.workTypeId,
    workTypeName: price.workTypeName,
    price: moneyInputText(price.hourlyPrice.amount, price.hourlyPrice.currency),
  }));
}

/** The active work types not yet in the rows, by name: what "Add" may offer. */
export function addableWorkTypes(workTypes: readonly PriceWorkType[], rows: readonly PriceRow[]) {
  const listed = new Set(rows.map((row) => row.workTypeId));
  return workTypes
    .filter((type) => type.isActive && !listed.has(type.id))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Whether the rows differ from what is saved (order aside, prices compared as amounts). */
export function rowsChanged(prices: ProjectPrices, rows: readonly PriceRow[]): boolean {
  if (rows.length !== prices.prices.length) return true;
  return rows.some((row) => {
    const saved = prices.prices.find((price) => price.workTypeId === row.workTypeId);
    return !saved || parseMoneyInput(row.price, prices.currency) !== saved.hourlyPrice.amount;
  });
}

export type PricePlan =
  { ok: true; body: ProjectPricesBody } | { ok: false; errors: Record<number, MessageKey> };

/**
 * The PUT body of the rows: every price required, in the project's currency, as exact minor
 * units. Problems are reported by work type id; the server checks again (422 per row).
 */
export function planPricesSave(
  rows: readonly PriceRow[],
  currency: string,
  version: number,
): PricePlan {
  const errors: Record<number, MessageKey> = {};
  const body: ProjectPricesBody = { version, prices: [] };
  for (const row of rows) {
    const amount = parseMoneyInput(row.price, currency);
    if (typeof amount !== 'number') {
      errors[row.workTypeId] = 'prices.validation.price';
      continue;
    }
    body.prices.push({ workTypeId: row.workTypeId, hourlyPrice: { amount, currency } });
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, body };
}

/**
 * A 422's field errors placed on the rows that were sent: `prices[2].hourlyPrice.currency` (or
 * `prices.2.…`) belongs to the third row sent. Errors that name no row are returned apart.
 */
export function placePriceErrors(
  fields: readonly { field: string; message: string }[],
  sent: ProjectPricesBody,
): { byWorkType: Record<number, string>; other: string[] } {
  const byWorkType: Record<number, string> = {};
  const other: string[] = [];
  for (const { field, message } of fields) {
    const match = /^prices(?:\[(\d+)\]|\.(\d+))/.exec(field);
    const index = match ? Number(match[1] ?? match[2]) : -1;
    const row = sent.prices[index];
    if (row) byWorkType[row.workTypeId] ??= message;
    else other.push(message);
  }
  return { byWorkType, other };
}

/** The rows a version conflict shows: each work type whose price differs, yours beside theirs. */
export function priceConflictRows(rows: readonly PriceRow[], theirs: ProjectPrices) {
  const theirRows = pricesToRows(theirs);
  const names = new Map<number, string>();
  for (const row of [...rows, ...theirRows]) names.set(row.workTypeId, row.workTypeName);
  return [...names]
    .map(([workTypeId, name]) => {
      const yours = rows.find((row) => row.workTypeId === workTypeId)?.price.trim() ?? '';
      const saved = theirRows.find((row) => row.workTypeId === workTypeId)?.price ?? '';
      return { field: String(workTypeId), label: name, yours, theirs: saved };
    })
    .filter(
      (row) =>
        parseMoneyInput(row.yours, theirs.currency) !==
        parseMoneyInput(row.theirs, theirs.currency),
    );
}
