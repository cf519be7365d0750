import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { DropdownMenu, DropdownMenuItem } from '@/components/ui/dropdown-menu';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { formatMinutesAsHours, minutesToDecimalHours } from '@/lib/hours';
import { formatDate, t } from '@/lib/i18n';
import { flattenPages } from '@/lib/infinite-list';
import { formatMoneyList, formatMoneyValue } from '@/lib/money-format';
import { useHourEntries } from '../api/get-hour-entries';
import type { HourEntry, HourListFilters } from '../api/hour-schema';
import { canChangeEntry, type EntryRights } from '../lib/entry-edit';
import { entryAmount, hourTotals } from '../lib/hour-totals';
import { DeleteHourEntryDialog } from './delete-hour-entry-dialog';
import { HourEntryDialog } from './hour-entry-dialog';
import { HourListFilterBar } from './hour-list-filters';

/**
 * The project card's Hours list: every entry on the project, filtered, with totals. Entries the
 * user may change have Edit and Delete; invoiced ones are locked.
 */
export function ProjectHoursList({
  projectId,
  rights,
}: {
  projectId: number;
  rights: EntryRights;
}) {
  const [editing, setEditing] = useState<HourEntry | null>(null);
  const [deleting, setDeleting] = useState<HourEntry | null>(null);
  const [filters, setFilters] = useState<HourListFilters>({
    projectId,
    userId: null,
    workTypeId: null,
    month: '',
    billable: '',
    invoiced: '',
  });
  const query = useHourEntries(filters);
  const entries = flattenPages(query.data);
  const totals = hourTotals(entries);

  return (
    <div>
      <HourListFilterBar filters={filters} onChange={setFilters} />
      {query.isPending ? <LoadingState label={t('projectHours.loading')} /> : null}
      {query.isError ? (
        <ErrorState
          title={t('projectHours.error')}
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      ) : null}
      {query.data && entries.length === 0 ? <EmptyState title={t('projectHours.empty')} /> : null}
      {entries.length > 0 ? (
        <>
          <dl className="money-totals" aria-label={t('projectHours.totals')}>
            <div>
              <dt>{t('projectHours.total.hours')}</dt>
              <dd>{minutesToDecimalHours(totals.minutes)}</dd>
            </div>
            <div>
              <dt>{t('projectHours.total.billableHours')}</dt>
              <dd>{minutesToDecimalHours(totals.billableMinutes)}</dd>
            </div>
            <div>
              <dt>{t('projectHours.total.value')}</dt>
              <dd>{formatMoneyList(totals.billableValue)}</dd>
            </div>
            <div>
              <dt>{t('projectHours.total.cost')}</dt>
              <dd>{formatMoneyList(totals.cost)}</dd>
            </div>
          </dl>
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">{t('projectHours.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('projectHours.column.date')}</th>
                  <th scope="col">{t('projectHours.column.user')}</th>
                  <th scope="col">{t('projectHours.column.workType')}</th>
                  <th scope="col">{t('projectHours.column.description')}</th>
                  <th scope="col" className="table__number">
                    {t('projectHours.column.hours')}
                  </th>
                  <th scope="col">{t('projectHours.column.billable')}</th>
                  <th scope="col" className="table__number">
                    {t('projectHours.column.value')}
                  </th>
                  <th scope="col">{t('projectHours.column.invoiced')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('settings.column.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {entries.map((entry) => {
                  const value = entry.billable ? entryAmount(entry.minutes, entry.unitPrice) : null;
                  return (
                    <tr key={entry.id}>
                      <td>{formatDate(entry.date)}</td>
                      <td>{entry.userName ?? entry.userId}</td>
                      <td>{entry.workTypeName ?? entry.workTypeId}</td>
                      <td>{entry.description}</td>
                      <td className="table__number">{formatMinutesAsHours(entry.minutes)}</td>
                      <td>{entry.billable ? t('money.yes') : t('money.no')}</td>
                      <td className="table__number">{value ? formatMoneyValue(value) : '–'}</td>
                      <td>{entry.invoiceId !== null ? t('projectHours.locked') : t('money.no')}</td>
                      <td className="table__actions">
                        {canChangeEntry(entry, rights) ? (
                          <DropdownMenu
                            label={t('projectHours.actions', {
                              what: `${formatDate(entry.date)} ${entry.userName ?? ''}`.trim(),
                            })}
                            trigger={<span aria-hidden="true">⋯</span>}
                          >
                            <DropdownMenuItem onSelect={() => setEditing(entry)}>
                              {t('common.edit')}
                            </DropdownMenuItem>
                            <DropdownMenuItem tone="danger" onSelect={() => setDeleting(entry)}>
                              {t('settings.action.delete')}
                            </DropdownMenuItem>
                          </DropdownMenu>
                        ) : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {query.hasNextPage ? (
            <p>
              {t('projectHours.partialTotals')}{' '}
              <Button
                disabled={query.isFetchingNextPage}
                onClick={() => void query.fetchNextPage()}
              >
                {query.isFetchingNextPage ? t('common.loadingMore') : t('common.loadMore')}
              </Button>
            </p>
          ) : null}
        </>
      ) : null}
      <HourEntryDialog projectId={projectId} entry={editing} onClose={() => setEditing(null)} />
      <DeleteHourEntryDialog
        projectId={projectId}
        entry={deleting}
        onClose={() => setDeleting(null)}
      />
    </div>
  );
}
