import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { t } from '@/lib/i18n';
import { flattenPages } from '@/lib/infinite-list';
import { formatMoneyValue } from '@/lib/money-format';
import { hasHourlyCost, useSettingsUsers, type UserWithCost } from '../api/users';
import { HourlyCostDialog } from './hourly-cost-dialog';

/**
 * `/settings/users`: the organization's users. The hourly cost column and its Set action appear
 * only when the server sends `hourlyCost` (settings managers and financials editors).
 */
export function UsersPage() {
  const query = useSettingsUsers();
  const users = flattenPages(query.data);
  const [editing, setEditing] = useState<UserWithCost | null>(null);
  const showCost = users.some(hasHourlyCost);
  const title = t('users.title');

  useEffect(() => {
    document.title = `${title} · ${t('settings.title')} · ${t('app.name')}`;
  }, [title]);

  return (
    <section className="tab-section" aria-labelledby="users-title">
      <h2 id="users-title" className="tab-section__title">
        {title}
      </h2>
      {query.isPending ? <LoadingState label={t('app.loading')} /> : null}
      {query.isError ? (
        <ErrorState
          title={t('users.error')}
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      ) : null}
      {query.data && users.length === 0 ? <EmptyState title={t('users.empty')} /> : null}
      {users.length > 0 ? (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('users.column.name')}</th>
                <th scope="col">{t('users.column.email')}</th>
                <th scope="col">{t('users.column.role')}</th>
                <th scope="col">{t('settings.column.state')}</th>
                {showCost ? (
                  <th scope="col" className="table__number">
                    {t('users.column.hourlyCost')}
                  </th>
                ) : null}
                {showCost ? (
                  <th scope="col">
                    <span className="visually-hidden">{t('settings.column.actions')}</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <tr key={user.id} className={user.isActive ? undefined : 'row--inactive'}>
                  <th scope="row">{user.name}</th>
                  <td>{user.email}</td>
                  <td>{user.roleName}</td>
                  <td>
                    {user.isActive ? t('settings.state.active') : t('settings.state.disabled')}
                  </td>
                  {showCost ? (
                    <td className="table__number">
                      {user.hourlyCost ? formatMoneyValue(user.hourlyCost) : '–'}
                    </td>
                  ) : null}
                  {showCost ? (
                    <td className="table__actions">
                      {hasHourlyCost(user) ? (
                        <Button
                          variant="ghost"
                          aria-label={t('users.hourlyCost.edit', { name: user.name })}
                          onClick={() => setEditing(user)}
                        >
                          {t('users.hourlyCost.editShort')}
                        </Button>
                      ) : null}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {query.hasNextPage ? (
        <Button disabled={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
          {query.isFetchingNextPage ? t('common.loadingMore') : t('common.loadMore')}
        </Button>
      ) : null}
      <HourlyCostDialog user={editing} onClose={() => setEditing(null)} />
    </section>
  );
}
