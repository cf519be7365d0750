import { useInfiniteQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { getNextCursor } from '@/lib/infinite-list';
import {
  activityKeys,
  activityPageSchema,
  scopePath,
  type ActivityScope,
  type ActivityState,
} from './activity-schema';

export const activityPageSize = 20;

/** `GET /customers/{id}/activities` or `/projects/{id}/activities`: one page of one list. */
export function getActivities(
  scope: ActivityScope,
  state: ActivityState,
  cursor: string | null,
  signal?: AbortSignal,
) {
  return apiClient.get(scopePath(scope), activityPageSchema, {
    signal,
    query: { state, limit: activityPageSize, cursor },
  });
}

/** One list (planned or done), a page at a time with "Load more". */
export function useActivities(scope: ActivityScope, state: ActivityState) {
  return useInfiniteQuery({
    queryKey: activityKeys.list(scope, state),
    queryFn: ({ pageParam, signal }) => getActivities(scope, state, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: getNextCursor,
  });
}
