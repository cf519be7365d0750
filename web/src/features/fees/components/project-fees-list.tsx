import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { DropdownMenu, DropdownMenuItem } from '@/components/ui/dropdown-menu';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { formatDate, t } from '@/lib/i18n';
import { flattenPages } from '@/lib/infinite-list';
import { multiplyByQuantity, totalsByCurrency, type Money } from '@/lib/money';
import { formatMoneyList, formatMoneyValue } from '@/lib/money-format';
import type { Fee } from '../api/fee-schema';
import { useFees } from '../api/get-fees';
import { DeleteFeeDialog } from './delete-fee-dialog';
import { FeeDialog } from './fee-dialog';

interface ProjectFeesListProps {
  projectId: number;
  currency: string;
  canEdit: boolean;
  today: string;
}

function lineTotal(fee: Fee, unit: Money): Money | null {
  const amount = multiplyByQuantity(unit.amount, fee.quantity);
  return amount === null ? null : { amount, currency: unit.currency };
}

/** The project card's Fees & costs: every row with its totals; add, edit and delete. */
export function ProjectFeesList({ projectId, currency, canEdit, today }: ProjectFeesListProps) {
  const query = useFees(projectId);
  const fees = flattenPages(query.data);
  const [editing, setEditing] = useState<Fee | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Fee | null>(null);
  // The server's totals cover every row, also those on pages not loaded yet.
  const first = query.data?.pages[0];
  const asMoney = (value: number | Money | undefined): Money[] | null =>
    value === undefined
      ? null
      : [
          typeof value === 'number'
            ? { amount: value, currency: first?.currency ?? currency }
            : value,
        ];
  const revenue =
    asMoney(first?.totals?.billable) ??
    totalsByCurrency(
      fees.filter((fee) => fee.billable).map((fee) => lineTotal(fee, fee.unitPrice)),
    );
  const cost =
    asMoney(first?.totals?.cost) ??
    totalsByCurrency(fees.map((fee) => lineTotal(fee, fee.unitCost)));

  return (
    <div>
      {canEdit ? (
        <div className="tab-section__actions">
          <Button variant="primary" onClick={() => setEditing('new')}>
            {t('fees.add')}
          </Button>
        </div>
      ) : null}
      {query.isPending ? <LoadingState label={t('fees.loading')} /> : null}
      {query.isError ? (
        <ErrorState
          title={t('fees.error')}
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      ) : null}
      {query.data && fees.length === 0 ? (
        <EmptyState
          title={t('fees.empty.title')}
          body={canEdit ? t('fees.empty.body') : undefined}
        />
      ) : null}
      {fees.length > 0 ? (
        <>
          <dl className="money-totals" aria-label={t('fees.totals')}>
            <div>
              <dt>{t('fees.total.billable')}</dt>
              <dd>{formatMoneyList(revenue)}</dd>
            </div>
            <div>
              <dt>{t('fees.total.cost')}</dt>
              <dd>{formatMoneyList(cost)}</dd>
            </div>
          </dl>
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">{t('fees.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('fees.field.date')}</th>
                  <th scope="col">{t('fees.field.kind')}</th>
                  <th scope="col">{t('fees.field.description')}</th>
                  <th scope="col" className="table__number">
                    {t('fees.field.quantity')}
                  </th>
                  <th scope="col" className="table__number">
                    {t('fees.field.unitPrice')}
                  </th>
                  <th scope="col" className="table__number">
                    {t('fees.column.price')}
                  </th>
                  <th scope="col" className="table__number">
                    {t('fees.column.cost')}
                  </th>
                  <th scope="col">{t('fees.field.billable')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('settings.column.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {fees.map((fee) => {
                  const price = lineTotal(fee, fee.unitPrice);
                  const costTotal = lineTotal(fee, fee.unitCost);
                  return (
                    <tr key={fee.id}>
                      <td>{formatDate(fee.date)}</td>
                      <td>{fee.kind === 'fee' ? t('fees.kind.fee') : t('fees.kind.cost')}</td>
                      <th scope="row">{fee.description}</th>
                      <td className="table__number">
                        {fee.quantity} {fee.unit}
                      </td>
                      <td className="table__number">{formatMoneyValue(fee.unitPrice)}</td>
                      <td className="table__number">{price ? formatMoneyValue(price) : '–'}</td>
                      <td className="table__number">
                        {costTotal ? formatMoneyValue(costTotal) : '–'}
                      </td>
                      <td>{fee.billable ? t('money.yes') : t('money.no')}</td>
                      <td className="table__actions">
                        {canEdit && fee.invoiceId === null ? (
                          <DropdownMenu
                            label={t('fees.actions', { name: fee.description })}
                            trigger={<span aria-hidden="true">⋯</span>}
                          >
                            <DropdownMenuItem onSelect={() => setEditing(fee)}>
                              {t('common.edit')}
                            </DropdownMenuItem>
                            <DropdownMenuItem tone="danger" onSelect={() => setDeleting(fee)}>
                              {t('settings.action.delete')}
                            </DropdownMenuItem>
                          </DropdownMenu>
                        ) : null}
                        {fee.invoiceId !== null ? t('fees.invoiced') : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {query.hasNextPage ? (
            <Button disabled={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
              {query.isFetchingNextPage ? t('common.loadingMore') : t('common.loadMore')}
            </Button>
          ) : null}
        </>
      ) : null}
      <FeeDialog
        projectId={projectId}
        currency={currency}
        fee={editing}
        today={today}
        onClose={() => setEditing(null)}
      />
      <DeleteFeeDialog projectId={projectId} fee={deleting} onClose={() => setDeleting(null)} />
    </div>
  );
}
