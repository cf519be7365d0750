import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { getNextCursor } from '@/lib/infinite-list';
import { hourKeys, hourPageSchema, type HourListFilters } from './hour-schema';

export const hourPageSize = 100;

/** The first and last day of a `YYYY-MM` month. */
export function monthRange(month: string): { from: string; to: string } | null {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return null;
  const lastDay = new Date(Date.UTC(Number(match[1]), Number(match[2]), 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(lastDay).padStart(2, '0')}` };
}

/** `GET /hours?project=&user=&from=&to=&billable=&invoiced=`: one page, by date. */
export function getHourEntries(
  filters: HourListFilters,
  cursor: string | null,
  signal?: AbortSignal,
) {
  const range = monthRange(filters.month);
  return apiClient.get('/hours', hourPageSchema, {
    signal,
    query: {
      project: filters.projectId,
      user: filters.userId,
      from: range?.from,
      to: range?.to,
      billable: filters.billable,
      invoiced: filters.invoiced,
      limit: hourPageSize,
      cursor,
    },
  });
}

/** `GET /hours` has no work type filter (docs/api.md): that one applies to the loaded pages. */
export function useHourEntries(filters: HourListFilters) {
  return useInfiniteQuery({
    queryKey: hourKeys.list(filters),
    queryFn: ({ pageParam, signal }) =>
      getHourEntries(filters, pageParam, signal).then((page) =>
        filters.workTypeId === null
          ? page
          : {
              ...page,
              items: page.items.filter((entry) => entry.workTypeId === filters.workTypeId),
            },
      ),
    initialPageParam: null as string | null,
    getNextPageParam: getNextCursor,
    placeholderData: keepPreviousData,
  });
}
