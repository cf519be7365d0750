import { useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { Button } from '@/components/ui/button';
import { ErrorState } from '@/components/ui/states';
import { formatDate, formatMoney, t, type MessageKey } from '@/lib/i18n';
import { flattenPages } from '@/lib/infinite-list';
import {
  useMoreProjects,
  type ProjectGroup as Group,
  type ProjectRow,
  type ProjectRowPage,
} from '../api/customer-projects';

const stateLabels: Record<ProjectRow['state'], MessageKey> = {
  sales: 'project.state.sales',
  open: 'project.state.open',
  closed: 'project.state.closed',
};

interface ProjectGroupProps {
  customerId: number;
  group: Group;
  page: ProjectRowPage;
}

/** One group of the tab (open or closed) as a table; "Load more" follows the group's cursor. */
export function ProjectGroupTable({ customerId, group, page }: ProjectGroupProps) {
  const headingId = useId();
  const [requested, setRequested] = useState(false);
  const more = useMoreProjects(customerId, group, page.nextCursor, requested);
  const rows = flattenPages({ pages: [page, ...(more.data?.pages ?? [])] });
  const hasMore = requested ? more.hasNextPage : page.nextCursor !== null;
  const title = group === 'open' ? t('sales.group.open') : t('sales.group.closed');

  return (
    <section className="project-group" aria-labelledby={headingId}>
      <h3 id={headingId} className="project-group__title">
        {`${title} (${rows.length}${hasMore ? '+' : ''})`}
      </h3>
      {rows.length === 0 ? (
        <p className="project-group__empty">
          {group === 'open' ? t('sales.group.openEmpty') : t('sales.group.closedEmpty')}
        </p>
      ) : (
        <div className="table-wrap">
          <table className="table" aria-labelledby={headingId}>
            <thead>
              <tr>
                <th scope="col">{t('project.field.number')}</th>
                <th scope="col">{t('project.field.name')}</th>
                <th scope="col">{t('project.field.salesStatus')}</th>
                <th scope="col">{t('project.field.state')}</th>
                <th scope="col">{t('project.field.owner')}</th>
                <th scope="col">{t('project.field.expectedValue')}</th>
                <th scope="col">{t('project.field.probability')}</th>
                <th scope="col">{t('sales.column.dates')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <td className="table__number">{row.number}</td>
                  <td>
                    <Link to={`/projects/${row.id}`}>{row.name}</Link>
                  </td>
                  <td>{row.salesStatusName}</td>
                  <td>{t(stateLabels[row.state])}</td>
                  <td>{row.ownerName ?? t('common.none')}</td>
                  <td className="table__number">
                    {row.expectedValue
                      ? formatMoney(row.expectedValue.amount, row.expectedValue.currency)
                      : t('common.none')}
                  </td>
                  <td className="table__number">{`${row.probability} %`}</td>
                  <td>{datesOf(row)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {more.isError ? <ErrorState title={t('sales.error')} error={more.error} /> : null}
      {hasMore ? (
        <div className="results__more">
          <Button
            disabled={more.isFetching}
            onClick={() => (requested ? void more.fetchNextPage() : setRequested(true))}
          >
            {more.isFetching ? t('common.loadingMore') : t('common.loadMore')}
          </Button>
        </div>
      ) : null}
    </section>
  );
}

/** Sales cases show their expected order date, projects their deadline, closed ones the close date. */
function datesOf(row: ProjectRow): string {
  if (row.state === 'sales') {
    return row.expectedOrderDate
      ? t('sales.date.order', { date: formatDate(row.expectedOrderDate) })
      : t('common.none');
  }
  if (row.state === 'closed' && row.closedDate) {
    return t('sales.date.closed', { date: formatDate(row.closedDate) });
  }
  return row.deadline
    ? t('sales.date.deadline', { date: formatDate(row.deadline) })
    : t('common.none');
}
