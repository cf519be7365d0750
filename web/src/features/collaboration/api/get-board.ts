import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { appendToColumn } from '../lib/board-model';
import {
  boardColumnPageSchema,
  boardKeys,
  boardSchema,
  type Board,
  type BoardColumnPage,
  type BoardFilters,
  type BoardSource,
} from './board-schema';

function boardPath(source: BoardSource): string {
  return source.kind === 'customer'
    ? `/customers/${source.id}/board`
    : `/projects/${source.id}/board`;
}

function filterQuery(source: BoardSource, filters: BoardFilters) {
  return {
    project: source.kind === 'customer' ? filters.project : null,
    assignee: filters.assignee,
  };
}

/** `GET /customers/{id}/board` or `GET /projects/{id}/board`: columns in status order, each with its
 * first 100 tasks and a cursor for more. */
export function getBoard(
  source: BoardSource,
  filters: BoardFilters,
  signal?: AbortSignal,
): Promise<Board> {
  return apiClient.get(boardPath(source), boardSchema, {
    signal,
    query: filterQuery(source, filters),
  });
}

/** `GET …/board/columns/{statusId}?cursor=`: the next tasks of one column. */
export function getBoardColumn(
  source: BoardSource,
  filters: BoardFilters,
  statusId: number,
  cursor: string,
): Promise<BoardColumnPage> {
  return apiClient.get(`${boardPath(source)}/columns/${statusId}`, boardColumnPageSchema, {
    query: { ...filterQuery(source, filters), cursor },
  });
}

export function useBoard(source: BoardSource, filters: BoardFilters) {
  return useQuery({
    queryKey: boardKeys.board(source, filters),
    queryFn: ({ signal }) => getBoard(source, filters, signal),
  });
}

/** "Show more" of a column: appends its next tasks to the cached board. */
export function useShowMoreTasks(source: BoardSource, filters: BoardFilters) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ statusId, cursor }: { statusId: number; cursor: string }) =>
      getBoardColumn(source, filters, statusId, cursor),
    onSuccess: (page, { statusId }) => {
      queryClient.setQueryData<Board>(boardKeys.board(source, filters), (board) =>
        board ? appendToColumn(board, statusId, page) : board,
      );
    },
  });
}
