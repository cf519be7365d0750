import type { ListState, ProjectListFilters } from '../api/project-schema';

const states: readonly ListState[] = ['', 'sales', 'open', 'closed', 'active'];

function idParam(value: string | null): number | null {
  if (value === null || !/^[1-9]\d*$/.test(value)) return null;
  return Number(value);
}

/** The list's filters live in the address (`?q=&state=&owner=&customer=`): Back and reload keep them. */
export function parseProjectFilters(params: URLSearchParams): ProjectListFilters {
  const state = params.get('state') ?? '';
  return {
    q: params.get('q') ?? '',
    state: (states as readonly string[]).includes(state) ? (state as ListState) : '',
    owner: idParam(params.get('owner')),
    customer: idParam(params.get('customer')),
  };
}

export function writeProjectFilters(
  params: URLSearchParams,
  patch: Partial<ProjectListFilters>,
): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(patch)) {
    if (value === null || value === '' || value === undefined) next.delete(key);
    else next.set(key, String(value));
  }
  return next;
}
