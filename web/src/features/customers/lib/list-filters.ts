import type { ActiveFilter, CustomerListFilters, CustomerListSort } from '../api/customer-schema';

const sorts: readonly CustomerListSort[] = ['name', '-name', 'number', '-number'];
const actives: readonly ActiveFilter[] = ['true', 'false', 'all'];

/** The list's filters from the address (`?q=&owner=&active=&sort=`), defaults filled in. */
export function parseListFilters(params: URLSearchParams): CustomerListFilters {
  const owner = Number(params.get('owner'));
  const active = params.get('active') as ActiveFilter | null;
  const sort = params.get('sort') as CustomerListSort | null;
  return {
    q: params.get('q') ?? '',
    owner: Number.isInteger(owner) && owner > 0 ? owner : null,
    active: active && actives.includes(active) ? active : 'true',
    sort: sort && sorts.includes(sort) ? sort : 'name',
  };
}

/** A copy of `params` with the given filters set; defaults are left out of the address. */
export function writeListFilters(
  params: URLSearchParams,
  patch: Partial<CustomerListFilters>,
): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (key: string, value: string, defaultValue: string) => {
    if (value === defaultValue) next.delete(key);
    else next.set(key, value);
  };
  if (patch.q !== undefined) set('q', patch.q.trim() === '' ? '' : patch.q, '');
  if (patch.owner !== undefined) set('owner', patch.owner === null ? '' : String(patch.owner), '');
  if (patch.active !== undefined) set('active', patch.active, 'true');
  if (patch.sort !== undefined) set('sort', patch.sort, 'name');
  return next;
}
