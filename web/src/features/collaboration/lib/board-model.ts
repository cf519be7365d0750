import type { Board, BoardColumnPage, BoardTask } from '../api/board-schema';

/** Where a dragged task ends up: its column (status) and index within the visible column. */
export interface Placement {
  statusId: number;
  index: number;
}

/** The body of `POST /tasks/{id}/move` without the version. */
export interface MoveTarget {
  statusId: number;
  afterTaskId?: number;
  beforeTaskId?: number;
}

export function findTask(board: Board, taskId: number): BoardTask | undefined {
  for (const column of board.columns) {
    const task = column.tasks.find((item) => item.id === taskId);
    if (task) return task;
  }
  return undefined;
}

/**
 * The board after moving one task (the optimistic update): out of its column, into the target at
 * `index`, with both columns' counts adjusted. The input is never changed.
 */
export function applyMove(board: Board, taskId: number, to: Placement): Board {
  const task = findTask(board, taskId);
  if (!task) return board;
  const moved: BoardTask = { ...task, statusId: to.statusId };
  return {
    columns: board.columns.map((column) => {
      const isSource = column.status.id === task.statusId;
      const isTarget = column.status.id === to.statusId;
      if (!isSource && !isTarget) return column;
      const tasks = column.tasks.filter((item) => item.id !== taskId);
      if (isTarget) {
        const index = Math.max(0, Math.min(to.index, tasks.length));
        tasks.splice(index, 0, moved);
      }
      const count = column.count + (isTarget ? 1 : 0) - (isSource ? 1 : 0);
      return { ...column, tasks, count };
    }),
  };
}

/**
 * The board with the next tasks of one column appended (those already there, e.g. moved in
 * meanwhile, are not repeated) and the column's cursor moved on. The input is never changed.
 */
export function appendToColumn(board: Board, statusId: number, page: BoardColumnPage): Board {
  return {
    columns: board.columns.map((column) => {
      if (column.status.id !== statusId) return column;
      const shown = new Set(column.tasks.map((task) => task.id));
      const fresh = page.items.filter((task) => !shown.has(task.id));
      return { ...column, tasks: [...column.tasks, ...fresh], nextCursor: page.nextCursor };
    }),
  };
}

/**
 * The neighbours the server needs for a drop: the task now above (`afterTaskId`) and below
 * (`beforeTaskId`) in the visible column order, given that column's ids after the drop.
 */
export function moveTargetFor(statusId: number, columnIds: number[], taskId: number): MoveTarget {
  const index = columnIds.indexOf(taskId);
  const target: MoveTarget = { statusId };
  if (index < 0) return target;
  const after = columnIds[index - 1];
  const before = columnIds[index + 1];
  if (after !== undefined) target.afterTaskId = after;
  if (before !== undefined) target.beforeTaskId = before;
  return target;
}

/** The tab's summary: tasks not started (the default status) and in progress (neither default nor done). */
export function summaryCounts(board: Board): { notStarted: number; inProgress: number } {
  let notStarted = 0;
  let inProgress = 0;
  for (const column of board.columns) {
    if (column.status.isDefault) notStarted += column.count;
    else if (!column.status.isDone) inProgress += column.count;
  }
  return { notStarted, inProgress };
}

/** "Anna Virtanen" → "AV"; one name → its first two letters. */
export function initials(name: string | null): string {
  if (!name) return '';
  const parts = name.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return '';
  if (parts.length === 1) return (parts[0] ?? '').slice(0, 2).toUpperCase();
  return `${parts[0]?.[0] ?? ''}${parts[parts.length - 1]?.[0] ?? ''}`.toUpperCase();
}
