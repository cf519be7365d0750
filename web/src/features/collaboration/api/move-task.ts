import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { applyMove, type MoveTarget, type Placement } from '../lib/board-model';
import { boardKeys, taskSchema, type Board, type Task } from './board-schema';

/** `POST /tasks/{id}/move`: a new rank between the given neighbours; 409 on a stale version. */
export function moveTask(id: number, body: MoveTarget & { version: number }): Promise<Task> {
  return apiClient.post(`/tasks/${id}/move`, taskSchema, { body });
}

export interface MoveVariables {
  taskId: number;
  version: number;
  placement: Placement;
  target: MoveTarget;
}

/**
 * A drop: the board shows it at once (optimistic), and goes back to what it was if the server
 * refuses (403, 409 stale version, 422); every board is then read again.
 */
export function moveTaskOptions(
  queryClient: QueryClient,
  boardKey: readonly unknown[],
  onRefused: (error: unknown) => void,
) {
  return {
    mutationFn: ({ taskId, version, target }: MoveVariables) =>
      moveTask(taskId, { ...target, version }),
    meta: { errorHandling: 'inline' },
    onMutate: async ({ taskId, placement }: MoveVariables) => {
      await queryClient.cancelQueries({ queryKey: boardKey });
      const previous = queryClient.getQueryData<Board>(boardKey);
      if (previous) queryClient.setQueryData(boardKey, applyMove(previous, taskId, placement));
      return { previous };
    },
    onSuccess: (task: Task) => {
      // The new version and rank, so the next drag of the same card is not stale.
      queryClient.setQueryData<Board>(boardKey, (board) =>
        board
          ? {
              columns: board.columns.map((column) => ({
                ...column,
                tasks: column.tasks.map((item) =>
                  item.id === task.id ? { ...item, version: task.version, rank: task.rank } : item,
                ),
              })),
            }
          : board,
      );
    },
    onError: (error: unknown, _variables: MoveVariables, context?: { previous?: Board }) => {
      if (context?.previous) queryClient.setQueryData(boardKey, context.previous);
      onRefused(error);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: boardKeys.all }),
  } as const;
}

export function useMoveTask(boardKey: readonly unknown[], onRefused: (error: unknown) => void) {
  const queryClient = useQueryClient();
  return useMutation(moveTaskOptions(queryClient, boardKey, onRefused));
}
