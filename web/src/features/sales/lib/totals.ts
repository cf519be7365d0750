import { formatMoneyExact } from '@/lib/i18n';
import type { Totals } from '../api/customer-projects';

export interface TotalsLine {
  currency: string;
  count: number;
  pipeline: string;
  weighted: string;
}

type Figure = Totals['pipeline'];

/** Figures add up as bigints: a sum may pass 2^53, where numbers stop being exact. */
function add(a: Figure, b: Figure): bigint {
  return BigInt(a) + BigInt(b);
}

/**
 * One line per currency, in currency order, formatted in that currency. Rows of the same currency
 * (should the server ever send two) are added up; different currencies never are.
 */
export function totalsLines(totals: Totals[]): TotalsLine[] {
  const byCurrency = new Map<string, Totals>();
  for (const row of totals) {
    const seen = byCurrency.get(row.currency);
    byCurrency.set(
      row.currency,
      seen
        ? {
            currency: row.currency,
            count: seen.count + row.count,
            pipeline: add(seen.pipeline, row.pipeline).toString(),
            weighted: add(seen.weighted, row.weighted).toString(),
          }
        : row,
    );
  }
  return [...byCurrency.values()]
    .sort((a, b) => a.currency.localeCompare(b.currency))
    .map((row) => ({
      currency: row.currency,
      count: row.count,
      pipeline: formatMoneyExact(BigInt(row.pipeline), row.currency),
      weighted: formatMoneyExact(BigInt(row.weighted), row.currency),
    }));
}
