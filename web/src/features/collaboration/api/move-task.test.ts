import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/api-error';
import type { Board, BoardTask } from './board-schema';
import { moveTaskOptions, type MoveVariables } from './move-task';

const task = (id: number, statusId: number): BoardTask => ({
  id,
  name: `T${id}`,
  projectId: 1,
  projectName: 'P',
  assigneeId: null,
  assigneeName: null,
  dueDate: null,
  statusId,
  rank: String(id),
  version: 1,
});
const status = (id: number) => ({
  id,
  name: `S${id}`,
  position: id,
  isDone: false,
  isDefault: id === 1,
});
const board: Board = {
  columns: [
    { status: status(1), count: 2, tasks: [task(1, 1), task(2, 1)], nextCursor: null },
    { status: status(2), count: 0, tasks: [], nextCursor: null },
  ],
};
const key = ['board', 'customer', 7, { project: null, assignee: null }] as const;
const variables: MoveVariables = {
  taskId: 2,
  version: 1,
  placement: { statusId: 2, index: 0 },
  target: { statusId: 2 },
};

describe('moveTaskOptions', () => {
  it('shows the move at once and rolls back with a message when the server refuses', async () => {
    const client = new QueryClient();
    client.setQueryData(key, board);
    const refused = vi.fn();
    const options = moveTaskOptions(client, key, refused);

    const context = await options.onMutate(variables);
    const moved = client.getQueryData<Board>(key);
    expect(moved?.columns[1]?.tasks.map((item) => item.id)).toEqual([2]);
    expect(moved?.columns[0]?.count).toBe(1);

    const stale = new ApiError({ status: 409, code: 'conflict', message: 'stale' });
    options.onError(stale, variables, context);
    expect(client.getQueryData(key)).toEqual(board);
    expect(refused).toHaveBeenCalledWith(stale);
  });

  it('keeps the server version of the moved task for the next drag', async () => {
    const client = new QueryClient();
    client.setQueryData(key, board);
    const options = moveTaskOptions(client, key, vi.fn());
    await options.onMutate(variables);
    options.onSuccess({
      ...task(2, 2),
      version: 2,
      rank: 'h',
      customerId: 7,
      description: null,
      estimateMinutes: null,
      completedAt: null,
      updatedAt: '',
      updatedBy: null,
    });
    const moved = client.getQueryData<Board>(key);
    expect(moved?.columns[1]?.tasks[0]).toMatchObject({ id: 2, version: 2, rank: 'h' });
  });
});
