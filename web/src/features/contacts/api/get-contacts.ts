import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { getNextCursor } from '@/lib/infinite-list';
import { contactKeys, contactPageSchema, type ContactListFilters } from './contact-schema';

export const contactPageSize = 50;

/** `GET /customers/{id}/contacts`: one page, searched and sorted on the server. */
export function getContacts(
  customerId: number,
  filters: ContactListFilters,
  cursor: string | null,
  signal?: AbortSignal,
) {
  return apiClient.get(`/customers/${customerId}/contacts`, contactPageSchema, {
    signal,
    query: {
      q: filters.q.trim(),
      sort: filters.sort,
      inactive: filters.showInactive ? 'include' : 'exclude',
      limit: contactPageSize,
      cursor,
    },
  });
}

/** Pages follow the keyset cursor one "Load more" at a time. */
export function useContacts(customerId: number, filters: ContactListFilters) {
  return useInfiniteQuery({
    queryKey: contactKeys.list(customerId, filters),
    queryFn: ({ pageParam, signal }) => getContacts(customerId, filters, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: getNextCursor,
    placeholderData: keepPreviousData,
  });
}
