import { Button } from '@/components/ui/button';
import { formatDate, t } from '@/lib/i18n';
import type { Board } from '../api/board-schema';

/** The board's tasks as a table, column by column (the same data as the board). */
export function TaskList({
  board,
  showProject,
  onOpen,
}: {
  board: Board;
  showProject: boolean;
  onOpen: (id: number) => void;
}) {
  const rows = board.columns.flatMap((column) =>
    column.tasks.map((task) => ({ task, status: column.status.name })),
  );
  if (rows.length === 0) return <p>{t('board.empty')}</p>;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{t('board.listCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('task.field.name')}</th>
            {showProject ? <th scope="col">{t('task.field.project')}</th> : null}
            <th scope="col">{t('task.field.status')}</th>
            <th scope="col">{t('task.field.assignee')}</th>
            <th scope="col">{t('task.field.dueDate')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ task, status }) => (
            <tr key={task.id}>
              <td>
                <Button variant="ghost" onClick={() => onOpen(task.id)}>
                  {task.name}
                </Button>
              </td>
              {showProject ? <td>{task.projectName}</td> : null}
              <td>{status}</td>
              <td>{task.assigneeName ?? t('common.none')}</td>
              <td>{formatDate(task.dueDate) || t('common.none')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
