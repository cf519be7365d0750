import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Button } from '@/components/ui/button';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { t } from '@/lib/i18n';
import { flattenPages } from '@/lib/infinite-list';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { useCustomers } from '../api/get-customers';
import { useOwnerOptions } from '../api/get-users';
import { parseListFilters, writeListFilters } from '../lib/list-filters';
import { CustomerListFilters } from './customer-list-filters';
import { CustomerTable } from './customer-table';
import { NewCustomerDialog } from './new-customer-dialog';

/** How long typing must pause before the search goes to the server. */
export const searchDebounceMs = 250;

interface CustomerListPageProps {
  /** Whether the user's role may create customers (customers edit scope other than none). */
  canCreate: boolean;
}

export function CustomerListPage({ canCreate }: CustomerListPageProps) {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = parseListFilters(searchParams);
  const [search, setSearch] = useState(filters.q);
  const debouncedSearch = useDebouncedValue(search, searchDebounceMs);
  const [creating, setCreating] = useState(false);
  const owners = useOwnerOptions();

  useEffect(() => {
    document.title = `${t('customers.list.title')} · ${t('app.name')}`;
  }, []);

  // The search box writes to the address once typing pauses, so Back and reload keep the search.
  const addressQuery = searchParams.get('q') ?? '';
  useEffect(() => {
    if (debouncedSearch === addressQuery) return;
    setSearchParams((previous) => writeListFilters(previous, { q: debouncedSearch }), {
      replace: true,
    });
  }, [debouncedSearch, addressQuery, setSearchParams]);

  const list = useCustomers(filters);
  const customers = flattenPages(list.data);
  const filtered = filters.q.trim() !== '' || filters.owner !== null || filters.active !== 'true';
  const updating = list.isFetching && !list.isFetchingNextPage && list.isPlaceholderData;

  function update(patch: Parameters<typeof writeListFilters>[1]) {
    setSearchParams((previous) => writeListFilters(previous, patch), { replace: true });
  }

  return (
    <div className="page">
      <div className="page__header">
        <h1 className="page__title">{t('customers.list.title')}</h1>
        {canCreate ? (
          <Button variant="primary" onClick={() => setCreating(true)}>
            {t('customers.list.new')}
          </Button>
        ) : null}
      </div>
      <CustomerListFilters
        search={search}
        onSearchChange={setSearch}
        owner={filters.owner}
        onOwnerChange={(owner) => update({ owner })}
        active={filters.active}
        onActiveChange={(active) => update({ active })}
        sort={filters.sort}
        onSortChange={(sort) => update({ sort })}
        owners={owners.data ?? []}
      />
      {list.isPending ? <LoadingState label={t('app.loading')} /> : null}
      {list.isError && !list.data ? (
        <ErrorState
          title={t('customers.list.error')}
          error={list.error}
          onRetry={() => void list.refetch()}
        />
      ) : null}
      {list.data ? (
        <div className="results" aria-busy={updating || undefined}>
          <p className="results__count" role="status">
            {updating
              ? t('customers.list.updating')
              : t('customers.list.shown', { count: customers.length })}
          </p>
          {customers.length === 0 ? (
            filtered ? (
              <EmptyState
                title={t('customers.list.noMatchTitle')}
                body={t('customers.list.noMatchBody')}
              />
            ) : (
              <EmptyState
                title={t('customers.list.emptyTitle')}
                body={canCreate ? t('customers.list.emptyBody') : undefined}
              />
            )
          ) : (
            <CustomerTable customers={customers} />
          )}
          {list.isFetchNextPageError ? (
            <ErrorState title={t('customers.list.error')} error={list.error} />
          ) : null}
          {list.hasNextPage ? (
            <div className="results__more">
              <Button onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage}>
                {list.isFetchingNextPage ? t('common.loadingMore') : t('common.loadMore')}
              </Button>
            </div>
          ) : null}
        </div>
      ) : null}
      {canCreate ? <NewCustomerDialog open={creating} onOpenChange={setCreating} /> : null}
    </div>
  );
}
