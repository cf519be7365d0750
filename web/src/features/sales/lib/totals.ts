import { formatMoney } from '@/lib/i18n';
import type { Totals } from '../api/customer-projects';

export interface TotalsLine {
  currency: string;
  count: number;
  pipeline: string;
  weighted: string;
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
            pipeline: seen.pipeline + row.pipeline,
            weighted: seen.weighted + row.weighted,
          }
        : row,
    );
  }
  return [...byCurrency.values()]
    .sort((a, b) => a.currency.localeCompare(b.currency))
    .map((row) => ({
      currency: row.currency,
      count: row.count,
      pipeline: formatMoney(row.pipeline, row.currency),
      weighted: formatMoney(row.weighted, row.currency),
    }));
}
