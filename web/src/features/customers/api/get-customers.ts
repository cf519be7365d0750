import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '@/lib/api-client';
import { getNextCursor } from '@/lib/infinite-list';
import { customerKeys, customerSchema, type CustomerListFilters } from './customer-schema';

export const customerPageSize = 50;

const customerPageSchema = z.object({
  items: z.array(customerSchema),
  nextCursor: z.string().nullable(),
});
export type CustomerPage = z.infer<typeof customerPageSchema>;

/** `GET /customers`: one page of the list, searched, filtered and sorted on the server. */
export function getCustomers(
  filters: CustomerListFilters,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<CustomerPage> {
  return apiClient.get('/customers', customerPageSchema, {
    signal,
    query: {
      q: filters.q.trim(),
      owner: filters.owner,
      active: filters.active,
      sort: filters.sort,
      limit: customerPageSize,
      cursor,
    },
  });
}

/** Pages follow the keyset cursor one "Load more" at a time; nothing loads the whole table. */
export function useCustomers(filters: CustomerListFilters) {
  return useInfiniteQuery({
    queryKey: customerKeys.list(filters),
    queryFn: ({ pageParam, signal }) => getCustomers(filters, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: getNextCursor,
    placeholderData: keepPreviousData,
  });
}
