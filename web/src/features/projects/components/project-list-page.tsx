import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { TextField } from '@/components/ui/text-field';
import { t } from '@/lib/i18n';
import { flattenPages } from '@/lib/infinite-list';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { useCustomerOptions } from '../api/get-customer-options';
import { useUserOptions } from '../api/get-pickers';
import { useProjects } from '../api/get-projects';
import type { ListState, ProjectListFilters } from '../api/project-schema';
import { parseProjectFilters, writeProjectFilters } from '../lib/list-filters';
import { ProjectTable } from './project-table';

const stateOptions: { value: ListState; label: Parameters<typeof t>[0] }[] = [
  { value: '', label: 'projects.list.stateAll' },
  { value: 'active', label: 'projects.list.stateActive' },
  { value: 'sales', label: 'project.state.sales' },
  { value: 'open', label: 'project.state.open' },
  { value: 'closed', label: 'project.state.closed' },
];

/** `/projects`: search and filters in the address, keyset pages one "Load more" at a time. */
export function ProjectListPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = parseProjectFilters(searchParams);
  const [search, setSearch] = useState(filters.q);
  const debounced = useDebouncedValue(search, 250);
  const users = useUserOptions();
  const customers = useCustomerOptions();

  useEffect(() => {
    document.title = `${t('projects.list.title')} · ${t('app.name')}`;
  }, []);

  const addressQuery = searchParams.get('q') ?? '';
  useEffect(() => {
    if (debounced === addressQuery) return;
    setSearchParams((previous) => writeProjectFilters(previous, { q: debounced }), {
      replace: true,
    });
  }, [debounced, addressQuery, setSearchParams]);

  function update(patch: Partial<ProjectListFilters>) {
    setSearchParams((previous) => writeProjectFilters(previous, patch), { replace: true });
  }

  const list = useProjects(filters);
  const projects = flattenPages(list.data);
  const updating = list.isFetching && !list.isFetchingNextPage && list.isPlaceholderData;
  const idOf = (value: string) => (value === '' ? null : Number(value));

  return (
    <div className="page">
      <div className="page__header">
        <h1 className="page__title">{t('projects.list.title')}</h1>
      </div>
      <div className="filters" role="search" aria-label={t('customers.list.filters')}>
        <TextField
          className="filters__search"
          label={t('projects.list.search')}
          hint={t('projects.list.searchHint')}
          type="search"
          name="q"
          autoComplete="off"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <SelectField
          label={t('project.field.state')}
          name="state"
          value={filters.state}
          onChange={(event) => update({ state: event.target.value as ListState })}
        >
          {stateOptions.map((option) => (
            <option key={option.value} value={option.value}>
              {t(option.label)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('project.field.owner')}
          name="owner"
          value={filters.owner === null ? '' : String(filters.owner)}
          onChange={(event) => update({ owner: idOf(event.target.value) })}
        >
          <option value="">{t('customers.list.anyOwner')}</option>
          {(users.data ?? []).map((user) => (
            <option key={user.id} value={String(user.id)}>
              {user.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('project.field.customer')}
          name="customer"
          value={filters.customer === null ? '' : String(filters.customer)}
          onChange={(event) => update({ customer: idOf(event.target.value) })}
        >
          <option value="">{t('projects.list.anyCustomer')}</option>
          {(customers.data ?? []).map((customer) => (
            <option key={customer.id} value={String(customer.id)}>
              {customer.name}
            </option>
          ))}
        </SelectField>
      </div>
      {list.isPending ? <LoadingState label={t('app.loading')} /> : null}
      {list.isError && !list.data ? (
        <ErrorState
          title={t('projects.list.error')}
          error={list.error}
          onRetry={() => void list.refetch()}
        />
      ) : null}
      {list.data ? (
        <div className="results" aria-busy={updating || undefined}>
          <p className="results__count" role="status">
            {updating
              ? t('customers.list.updating')
              : t('projects.list.shown', { count: projects.length })}
          </p>
          {projects.length === 0 ? (
            <EmptyState title={t('projects.list.emptyTitle')} body={t('projects.list.emptyBody')} />
          ) : (
            <ProjectTable projects={projects} />
          )}
          {list.isFetchNextPageError ? (
            <ErrorState title={t('projects.list.error')} error={list.error} />
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
    </div>
  );
}
