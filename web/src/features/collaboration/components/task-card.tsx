import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { Button } from '@/components/ui/button';
import { formatDate, t } from '@/lib/i18n';
import type { BoardTask } from '../api/board-schema';
import { initials } from '../lib/board-model';

/** What a card shows: name, project, assignee initials, due date. */
export function TaskCardBody({ task, showProject }: { task: BoardTask; showProject: boolean }) {
  return (
    <>
      <span className="task-card__name">{task.name}</span>
      {showProject ? <span className="task-card__project">{task.projectName}</span> : null}
      <span className="task-card__meta">
        {task.assigneeName ? (
          <span
            className="avatar"
            role="img"
            title={task.assigneeName}
            aria-label={task.assigneeName}
          >
            {initials(task.assigneeName)}
          </span>
        ) : null}
        {task.dueDate ? (
          <span className="task-card__due">
            {t('board.card.due', { date: formatDate(task.dueDate) })}
          </span>
        ) : null}
      </span>
    </>
  );
}

interface TaskCardProps {
  task: BoardTask;
  canEdit: boolean;
  showProject: boolean;
  onOpen: (taskId: number) => void;
}

/** One card: dragged with mouse, touch or keyboard (space, arrows, space) when the user may edit. */
export function TaskCard({ task, canEdit, showProject, onOpen }: TaskCardProps) {
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id: task.id,
    disabled: !canEdit,
  });
  return (
    <li
      ref={setNodeRef}
      className={`task-card${isDragging ? ' task-card--dragging' : ''}`}
      style={{ transform: CSS.Translate.toString(transform), transition }}
    >
      <div
        className="task-card__handle"
        {...attributes}
        {...listeners}
        aria-label={task.name}
        aria-roledescription={t('board.card.role')}
      >
        <TaskCardBody task={task} showProject={showProject} />
      </div>
      <Button
        variant="ghost"
        className="task-card__open"
        aria-label={t('board.card.open', { name: task.name })}
        onClick={() => onOpen(task.id)}
      >
        <span aria-hidden="true">…</span>
      </Button>
    </li>
  );
}
