import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { getNextCursor } from '@/lib/infinite-list';
import { projectKeys, projectPageSchema, type ProjectListFilters } from './project-schema';

export const projectPageSize = 50;

/** `GET /projects`: one page, newest number first. */
export function getProjects(
  filters: ProjectListFilters,
  cursor: string | null,
  signal?: AbortSignal,
) {
  return apiClient.get('/projects', projectPageSchema, {
    signal,
    query: {
      q: filters.q.trim(),
      state: filters.state,
      owner: filters.owner,
      customer: filters.customer,
      limit: projectPageSize,
      cursor,
    },
  });
}

export function useProjects(filters: ProjectListFilters) {
  return useInfiniteQuery({
    queryKey: projectKeys.list(filters),
    queryFn: ({ pageParam, signal }) => getProjects(filters, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: getNextCursor,
    placeholderData: keepPreviousData,
  });
}
