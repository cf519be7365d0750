import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import {
  boardKeys,
  boardSchema,
  type Board,
  type BoardFilters,
  type BoardSource,
} from './board-schema';

/** `GET /customers/{id}/board` or `GET /projects/{id}/board`: columns in status order. */
export function getBoard(
  source: BoardSource,
  filters: BoardFilters,
  signal?: AbortSignal,
): Promise<Board> {
  const path =
    source.kind === 'customer' ? `/customers/${source.id}/board` : `/projects/${source.id}/board`;
  return apiClient.get(path, boardSchema, {
    signal,
    query: {
      project: source.kind === 'customer' ? filters.project : null,
      assignee: filters.assignee,
      limit: 200,
    },
  });
}

export function useBoard(source: BoardSource, filters: BoardFilters) {
  return useQuery({
    queryKey: boardKeys.board(source, filters),
    queryFn: ({ signal }) => getBoard(source, filters, signal),
  });
}
