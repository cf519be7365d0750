import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useId } from 'react';
import { Button } from '@/components/ui/button';
import { t } from '@/lib/i18n';
import type { BoardStatus, BoardTask } from '../api/board-schema';
import { TaskCard } from './task-card';

export const columnDropId = (statusId: number) => `column-${statusId}`;

interface BoardColumnProps {
  status: BoardStatus;
  count: number;
  tasks: BoardTask[];
  canEdit: boolean;
  showProject: boolean;
  onOpen: (taskId: number) => void;
  /** Loads the column's next tasks; absent when there are none to load. */
  onShowMore?: () => void;
  loadingMore?: boolean;
}

/** One status: its name and count, and its cards in rank order (also a drop target when empty). */
export function BoardColumnView({
  status,
  count,
  tasks,
  canEdit,
  showProject,
  onOpen,
  onShowMore,
  loadingMore = false,
}: BoardColumnProps) {
  const headingId = useId();
  const { setNodeRef } = useDroppable({ id: columnDropId(status.id) });
  const hidden = count - tasks.length;
  return (
    <section className="board-column" aria-labelledby={headingId}>
      <div className="board-column__header">
        <h3 id={headingId} className="board-column__title">
          {status.name}
        </h3>
        <span className="board-column__count" data-testid="column-count">
          {count}
        </span>
      </div>
      <SortableContext items={tasks.map((task) => task.id)} strategy={verticalListSortingStrategy}>
        <ul ref={setNodeRef} className="board-column__list" aria-labelledby={headingId}>
          {tasks.map((task) => (
            <TaskCard
              key={task.id}
              task={task}
              canEdit={canEdit}
              showProject={showProject}
              onOpen={onOpen}
            />
          ))}
        </ul>
      </SortableContext>
      {hidden > 0 && onShowMore ? (
        <Button variant="secondary" onClick={onShowMore} disabled={loadingMore}>
          {t('board.column.showMore', { count: hidden })}
        </Button>
      ) : null}
      {hidden > 0 && !onShowMore ? (
        <p className="board-column__more">{t('board.column.more', { count: hidden })}</p>
      ) : null}
    </section>
  );
}
