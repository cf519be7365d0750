import { minutesToDecimalHours } from '@/lib/hours';
import { t, type MessageKey } from '@/lib/i18n';
import { formatMoneyValue, formatPercentText } from '@/lib/money-format';
import type {
  Figure,
  MonthFigures,
  PercentFigure,
  ProjectFinancials,
} from '../api/financials-schema';
import { formatMonth } from '../lib/format-month';

const moneyFigures: { key: 'revenue' | 'laborCost' | 'otherCost' | 'margin'; label: MessageKey }[] =
  [
    { key: 'revenue', label: 'financials.figure.revenue' },
    { key: 'laborCost', label: 'financials.figure.laborCost' },
    { key: 'otherCost', label: 'financials.figure.otherCost' },
    { key: 'margin', label: 'financials.figure.margin' },
  ];

const parts = ['actual', 'forecast', 'difference'] as const;
const partLabels: Record<(typeof parts)[number], MessageKey> = {
  actual: 'financials.part.actual',
  forecast: 'financials.part.forecast',
  difference: 'financials.part.difference',
};

function amount(value: number | null, currency: string, signed = false): string {
  return value === null
    ? '–'
    : formatMoneyValue({ amount: value, currency }, signed ? 'exceptZero' : 'auto');
}

function MoneyCells({ figure, currency }: { figure: Figure; currency: string }) {
  return (
    <>
      {parts.map((part) => (
        <td
          key={part}
          className={`table__number${part === 'difference' && (figure.difference ?? 0) < 0 ? ' money-negative' : ''}`}
        >
          {amount(figure[part], currency, part === 'difference')}
        </td>
      ))}
    </>
  );
}

function PercentCells({ figure }: { figure: PercentFigure }) {
  return (
    <>
      {parts.map((part) => (
        <td key={part} className="table__number">
          {formatPercentText(figure[part])}
        </td>
      ))}
    </>
  );
}

function FigureRow({
  label,
  figures,
  currency,
  current,
}: {
  label: string;
  figures: MonthFigures;
  currency: string;
  current: boolean;
}) {
  return (
    <tr className={current ? 'month-table__current' : undefined}>
      <th scope="row">{label}</th>
      {moneyFigures.map(({ key }) => (
        <MoneyCells key={key} figure={figures[key]} currency={currency} />
      ))}
      <PercentCells figure={figures.marginPercent} />
      <td className="table__number">{minutesToDecimalHours(figures.billableMinutes)}</td>
      <td className="table__number">{minutesToDecimalHours(figures.nonBillableMinutes)}</td>
      <td className="table__number">{formatPercentText(figures.billablePercent)}</td>
    </tr>
  );
}

/** Actuals beside forecasts and their differences, a row per month and the project totals. */
export function ProjectMonthTable({
  financials,
  currentMonth,
}: {
  financials: ProjectFinancials;
  currentMonth: string;
}) {
  const { currency } = financials;
  return (
    <div className="table-wrap">
      <table className="table month-table">
        <caption className="visually-hidden">{t('financials.table.caption')}</caption>
        <thead>
          <tr>
            <td />
            {moneyFigures.map(({ key, label }) => (
              <th key={key} scope="colgroup" colSpan={3}>
                {t(label)}
              </th>
            ))}
            <th scope="colgroup" colSpan={3}>
              {t('financials.figure.marginPercent')}
            </th>
            <th scope="colgroup" colSpan={3}>
              {t('financials.figure.hours')}
            </th>
          </tr>
          <tr>
            <th scope="col">{t('financials.table.month')}</th>
            {[
              ...moneyFigures,
              { key: 'marginPercent', label: 'financials.figure.marginPercent' },
            ].map(({ key, label }) =>
              parts.map((part) => (
                <th key={`${key}-${part}`} scope="col" className="table__number">
                  <span className="visually-hidden">{t(label as MessageKey)} </span>
                  {t(partLabels[part])}
                </th>
              )),
            )}
            <th scope="col" className="table__number">
              {t('financials.figure.billableHours')}
            </th>
            <th scope="col" className="table__number">
              {t('financials.figure.nonBillableHours')}
            </th>
            <th scope="col" className="table__number">
              {t('financials.figure.billablePercent')}
            </th>
          </tr>
        </thead>
        <tbody>
          {financials.months.map((figures) => (
            <FigureRow
              key={figures.month ?? ''}
              label={formatMonth(figures.month ?? '')}
              figures={figures}
              currency={currency}
              current={figures.month === currentMonth}
            />
          ))}
        </tbody>
        <tfoot>
          <FigureRow
            label={t('financials.table.total')}
            figures={financials.totals}
            currency={currency}
            current={false}
          />
        </tfoot>
      </table>
    </div>
  );
}
