import { describe, expect, it } from 'vitest';
import type { Board, BoardTask } from '../api/board-schema';
import { appendToColumn, applyMove, initials, moveTargetFor, summaryCounts } from './board-model';

function task(id: number, statusId: number): BoardTask {
  return {
    id,
    name: `Task ${id}`,
    projectId: 1,
    projectName: 'P',
    assigneeId: null,
    assigneeName: null,
    dueDate: null,
    statusId,
    rank: String(id),
    version: 1,
  };
}

const status = (id: number, isDefault = false, isDone = false) => ({
  id,
  name: `S${id}`,
  position: id,
  isDefault,
  isDone,
});

const board: Board = {
  columns: [
    {
      status: status(1, true),
      count: 3,
      tasks: [task(11, 1), task(12, 1), task(13, 1)],
      nextCursor: null,
    },
    { status: status(2), count: 1, tasks: [task(21, 2)], nextCursor: null },
    { status: status(3), count: 0, tasks: [], nextCursor: null },
    { status: status(4, false, true), count: 5, tasks: [task(41, 4)], nextCursor: 'c41' },
  ],
};

const ids = (b: Board, column: number) => b.columns[column]?.tasks.map((item) => item.id);

describe('applyMove', () => {
  it('moves a task to another column at the drop index and adjusts both counts', () => {
    const next = applyMove(board, 12, { statusId: 2, index: 0 });
    expect(ids(next, 0)).toEqual([11, 13]);
    expect(ids(next, 1)).toEqual([12, 21]);
    expect(next.columns[0]?.count).toBe(2);
    expect(next.columns[1]?.count).toBe(2);
    expect(next.columns[1]?.tasks[0]?.statusId).toBe(2);
  });

  it('reorders within a column without changing its count', () => {
    const next = applyMove(board, 11, { statusId: 1, index: 2 });
    expect(ids(next, 0)).toEqual([12, 13, 11]);
    expect(next.columns[0]?.count).toBe(3);
  });

  it('drops into an empty column and leaves the original board untouched (rollback data)', () => {
    const next = applyMove(board, 21, { statusId: 3, index: 5 });
    expect(ids(next, 2)).toEqual([21]);
    expect(ids(next, 1)).toEqual([]);
    expect(ids(board, 1)).toEqual([21]);
    expect(board.columns[2]?.count).toBe(0);
  });

  it('ignores an unknown task', () => {
    expect(applyMove(board, 99, { statusId: 2, index: 0 })).toBe(board);
  });
});

describe('moveTargetFor', () => {
  it('names the tasks above and below the drop', () => {
    expect(moveTargetFor(2, [21, 12, 22], 12)).toEqual({
      statusId: 2,
      afterTaskId: 21,
      beforeTaskId: 22,
    });
  });

  it('has only one neighbour at the top or bottom, none in an empty column', () => {
    expect(moveTargetFor(2, [12, 21], 12)).toEqual({ statusId: 2, beforeTaskId: 21 });
    expect(moveTargetFor(2, [21, 12], 12)).toEqual({ statusId: 2, afterTaskId: 21 });
    expect(moveTargetFor(3, [12], 12)).toEqual({ statusId: 3 });
  });
});

describe('summaryCounts', () => {
  it('counts the default column as not started and other open columns as in progress', () => {
    expect(summaryCounts(board)).toEqual({ notStarted: 3, inProgress: 1 });
  });
});

describe('initials', () => {
  it('takes first and last name letters', () => {
    expect(initials('Anna Maria Virtanen')).toBe('AV');
    expect(initials('admin')).toBe('AD');
    expect(initials(null)).toBe('');
  });
});

describe('appendToColumn', () => {
  it('appends the next tasks of one column, skips those already shown and moves its cursor on', () => {
    const next = appendToColumn(board, 4, {
      items: [task(41, 4), task(42, 4), task(43, 4)],
      nextCursor: 'c43',
    });
    expect(ids(next, 3)).toEqual([41, 42, 43]);
    expect(next.columns[3]?.nextCursor).toBe('c43');
    expect(next.columns[3]?.count).toBe(5);
    expect(next.columns[0]).toBe(board.columns[0]);
    expect(ids(board, 3)).toEqual([41]);
  });

  it('clears the cursor after the last page', () => {
    const next = appendToColumn(board, 4, { items: [task(45, 4)], nextCursor: null });
    expect(next.columns[3]?.nextCursor).toBeNull();
  });
});
