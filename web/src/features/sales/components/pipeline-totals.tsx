import { t } from '@/lib/i18n';
import type { Totals } from '../api/customer-projects';
import { totalsLines } from '../lib/totals';

/** Pipeline and probability-weighted value of the open sales cases, one line per currency. */
export function PipelineTotals({ totals }: { totals: Totals[] }) {
  const lines = totalsLines(totals);
  if (lines.length === 0) return null;
  return (
    <table className="table totals">
      <caption className="totals__caption">{t('sales.totals.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('sales.totals.currency')}</th>
          <th scope="col">{t('sales.totals.count')}</th>
          <th scope="col">{t('sales.totals.pipeline')}</th>
          <th scope="col">{t('sales.totals.weighted')}</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <tr key={line.currency}>
            <th scope="row">{line.currency}</th>
            <td className="table__number">{line.count}</td>
            <td className="table__number">{line.pipeline}</td>
            <td className="table__number">{line.weighted}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
