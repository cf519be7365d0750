import { useInfiniteQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { getNextCursor } from '@/lib/infinite-list';
import { feeKeys, feePageSchema } from './fee-schema';

/** `GET /projects/{id}/fees`: fees and costs by date, with totals over every row. */
export function getFees(projectId: number, cursor: string | null, signal?: AbortSignal) {
  return apiClient.get(`/projects/${projectId}/fees`, feePageSchema, {
    signal,
    query: { limit: 100, cursor },
  });
}

export function useFees(projectId: number) {
  return useInfiniteQuery({
    queryKey: feeKeys.list(projectId),
    queryFn: ({ pageParam, signal }) => getFees(projectId, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: getNextCursor,
  });
}
