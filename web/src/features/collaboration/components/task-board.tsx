import {
  closestCorners,
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { arrayMove, sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { useState } from 'react';
import { notify } from '@/components/ui/toast';
import { isApiError } from '@/lib/api-error';
import { describeError } from '@/lib/describe-error';
import { t } from '@/lib/i18n';
import type { Board, BoardTask } from '../api/board-schema';
import { useMoveTask } from '../api/move-task';
import { moveTargetFor } from '../lib/board-model';
import { BoardColumnView, columnDropId } from './board-column';
import { TaskCardBody } from './task-card';

type Layout = Record<number, number[]>;

function layoutOf(board: Board): Layout {
  const layout: Layout = {};
  for (const column of board.columns)
    layout[column.status.id] = column.tasks.map((task) => task.id);
  return layout;
}

function containerOf(layout: Layout, id: UniqueIdentifier): number | null {
  if (typeof id === 'string' && id.startsWith('column-')) return Number(id.slice('column-'.length));
  for (const [statusId, ids] of Object.entries(layout)) {
    if (ids.includes(Number(id))) return Number(statusId);
  }
  return null;
}

function refusalMessage(error: unknown): string {
  if (isApiError(error) && error.status === 409) return t('board.move.stale');
  if (isApiError(error) && error.status === 403) return t('board.move.forbidden');
  return t('board.move.failed', { reason: describeError(error) });
}

interface TaskBoardProps {
  board: Board;
  boardKey: readonly unknown[];
  canEdit: boolean;
  showProject: boolean;
  onOpen: (taskId: number) => void;
  /** Loads more of a column that has more tasks than it shows. */
  onShowMore?: (statusId: number, cursor: string) => void;
  /** The column whose next tasks are loading. */
  loadingStatusId?: number | null;
}

/** The Kanban board: columns by status; drag within and between columns (mouse, touch, keyboard). */
export function TaskBoard({
  board,
  boardKey,
  canEdit,
  showProject,
  onOpen,
  onShowMore,
  loadingStatusId = null,
}: TaskBoardProps) {
  const [layout, setLayout] = useState<Layout | null>(null);
  const [active, setActive] = useState<BoardTask | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const move = useMoveTask(boardKey, (error) => notify(refusalMessage(error), 'error'));
  const tasks = new Map(
    board.columns.flatMap((column) => column.tasks.map((task) => [task.id, task])),
  );
  const statusName = new Map(board.columns.map((column) => [column.status.id, column.status.name]));
  const current = layout ?? layoutOf(board);

  function nameOf(id: UniqueIdentifier) {
    return tasks.get(Number(id))?.name ?? '';
  }
  function columnName(id: UniqueIdentifier | undefined) {
    if (id === undefined) return '';
    const statusId = containerOf(current, id);
    return statusId === null ? '' : (statusName.get(statusId) ?? '');
  }

  const announcements: Announcements = {
    onDragStart: ({ active: item }) => t('board.announce.start', { name: nameOf(item.id) }),
    onDragOver: ({ active: item, over }) =>
      over
        ? t('board.announce.over', { name: nameOf(item.id), column: columnName(over.id) })
        : undefined,
    onDragEnd: ({ active: item, over }) =>
      over
        ? t('board.announce.end', { name: nameOf(item.id), column: columnName(over.id) })
        : t('board.announce.cancel', { name: nameOf(item.id) }),
    onDragCancel: ({ active: item }) => t('board.announce.cancel', { name: nameOf(item.id) }),
  };

  function onDragStart({ active: item }: DragStartEvent) {
    setLayout(layoutOf(board));
    setActive(tasks.get(Number(item.id)) ?? null);
  }

  function onDragOver({ active: item, over }: DragOverEvent) {
    if (!over) return;
    setLayout((previous) => {
      const base = previous ?? layoutOf(board);
      const from = containerOf(base, item.id);
      const to = containerOf(base, over.id);
      if (from === null || to === null || from === to) return previous;
      const source = (base[from] ?? []).filter((id) => id !== Number(item.id));
      const target = [...(base[to] ?? [])];
      const overIndex = target.indexOf(Number(over.id));
      target.splice(overIndex < 0 ? target.length : overIndex, 0, Number(item.id));
      return { ...base, [from]: source, [to]: target };
    });
  }

  function finish() {
    setLayout(null);
    setActive(null);
  }

  function onDragEnd({ active: item, over }: DragEndEvent) {
    const base = layout ?? layoutOf(board);
    const task = tasks.get(Number(item.id));
    const to = over ? containerOf(base, over.id) : null;
    if (!task || !over || to === null) return finish();
    let ids = base[to] ?? [];
    const from = ids.indexOf(task.id);
    const overIndex = ids.indexOf(Number(over.id));
    if (from >= 0 && overIndex >= 0 && from !== overIndex) ids = arrayMove(ids, from, overIndex);
    const index = ids.indexOf(task.id);
    const original = layoutOf(board)[task.statusId] ?? [];
    finish();
    if (to === task.statusId && original.indexOf(task.id) === index) return;
    move.mutate({
      taskId: task.id,
      version: task.version,
      placement: { statusId: to, index },
      target: moveTargetFor(to, ids, task.id),
    });
  }

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCorners}
      onDragStart={onDragStart}
      onDragOver={onDragOver}
      onDragEnd={onDragEnd}
      onDragCancel={finish}
      accessibility={{
        announcements,
        screenReaderInstructions: { draggable: t('board.instructions') },
      }}
    >
      <div className="board" aria-busy={move.isPending || undefined}>
        {board.columns.map((column) => (
          <BoardColumnView
            key={column.status.id}
            status={column.status}
            count={column.count}
            tasks={(current[column.status.id] ?? [])
              .map((id) => tasks.get(id))
              .filter((task): task is BoardTask => task !== undefined)}
            canEdit={canEdit}
            showProject={showProject}
            onOpen={onOpen}
            onShowMore={
              onShowMore && column.nextCursor
                ? () => onShowMore(column.status.id, column.nextCursor ?? '')
                : undefined
            }
            loadingMore={loadingStatusId === column.status.id}
          />
        ))}
      </div>
      <DragOverlay>
        {active ? (
          <div className="task-card task-card--overlay">
            <div className="task-card__handle">
              <TaskCardBody task={active} showProject={showProject} />
            </div>
          </div>
        ) : null}
      </DragOverlay>
    </DndContext>
  );
}

export { columnDropId };
