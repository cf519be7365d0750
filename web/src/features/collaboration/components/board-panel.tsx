import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { t } from '@/lib/i18n';
import { boardKeys, type BoardFilters, type BoardSource } from '../api/board-schema';
import { useBoard, useShowMoreTasks } from '../api/get-board';
import { useCustomerProjectOptions, useUserOptions } from '../api/task-api';
import { summaryCounts } from '../lib/board-model';
import { TaskBoard } from './task-board';
import { TaskDialog } from './task-dialog';
import { TaskList } from './task-list';

interface BoardPanelProps {
  source: BoardSource;
  /** Whether to offer adding and moving tasks (the server checks each project again). */
  canEdit: boolean;
}

type View = 'board' | 'list';

/** Filters, summary, the board or list view, and the add/edit dialog; used by the tab and the card. */
export function BoardPanel({ source, canEdit }: BoardPanelProps) {
  const [filters, setFilters] = useState<BoardFilters>({ project: null, assignee: null });
  const [view, setView] = useState<View>('board');
  const [dialog, setDialog] = useState<{ taskId: number | null } | null>(null);
  const board = useBoard(source, filters);
  const showMore = useShowMoreTasks(source, filters);
  const users = useUserOptions();
  const projects = useCustomerProjectOptions(source.kind === 'customer' ? source.id : null);
  const isCustomer = source.kind === 'customer';
  const idOf = (value: string) => (value === '' ? null : Number(value));
  const counts = board.data ? summaryCounts(board.data) : null;
  const isEmpty =
    board.data !== undefined &&
    filters.project === null &&
    filters.assignee === null &&
    board.data.columns.every((column) => column.count === 0);

  return (
    <div className="board-panel">
      <div className="board-panel__bar">
        <div className="filters" role="search" aria-label={t('board.filters')}>
          {isCustomer ? (
            <SelectField
              label={t('task.field.project')}
              name="project"
              value={filters.project === null ? '' : String(filters.project)}
              onChange={(event) => setFilters({ ...filters, project: idOf(event.target.value) })}
            >
              <option value="">{t('board.anyProject')}</option>
              {(projects.data ?? []).map((project) => (
                <option key={project.id} value={String(project.id)}>
                  {project.name}
                </option>
              ))}
            </SelectField>
          ) : null}
          <SelectField
            label={t('task.field.assignee')}
            name="assignee"
            value={filters.assignee === null ? '' : String(filters.assignee)}
            onChange={(event) => setFilters({ ...filters, assignee: idOf(event.target.value) })}
          >
            <option value="">{t('customers.list.anyOwner')}</option>
            {(users.data ?? []).map((user) => (
              <option key={user.id} value={String(user.id)}>
                {user.name}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="tab-section__actions">
          <div role="group" aria-label={t('board.view')} className="board-panel__views">
            <Button aria-pressed={view === 'board'} onClick={() => setView('board')}>
              {t('board.view.board')}
            </Button>
            <Button aria-pressed={view === 'list'} onClick={() => setView('list')}>
              {t('board.view.list')}
            </Button>
          </div>
          {canEdit ? (
            <Button variant="primary" onClick={() => setDialog({ taskId: null })}>
              {t('task.new.title')}
            </Button>
          ) : null}
        </div>
      </div>
      {counts ? (
        <p className="board-panel__summary" role="status" data-testid="board-summary">
          {t('board.summary', counts)}
        </p>
      ) : null}
      {board.isPending ? <LoadingState label={t('board.loading')} /> : null}
      {board.isError ? (
        <ErrorState
          title={t('board.error')}
          error={board.error}
          onRetry={() => void board.refetch()}
        />
      ) : null}
      {board.data && isEmpty ? (
        <EmptyState
          title={t('board.emptyTitle')}
          body={canEdit ? t('board.emptyBody') : undefined}
        />
      ) : null}
      {board.data && view === 'board' ? (
        <TaskBoard
          board={board.data}
          boardKey={boardKeys.board(source, filters)}
          canEdit={canEdit}
          showProject={isCustomer}
          onOpen={(taskId) => setDialog({ taskId })}
          onShowMore={(statusId, cursor) => showMore.mutate({ statusId, cursor })}
          loadingStatusId={showMore.isPending ? (showMore.variables?.statusId ?? null) : null}
        />
      ) : null}
      {board.data && view === 'list' ? (
        <TaskList
          board={board.data}
          showProject={isCustomer}
          onOpen={(taskId) => setDialog({ taskId })}
        />
      ) : null}
      {dialog ? (
        <TaskDialog
          taskId={dialog.taskId}
          projectId={source.kind === 'project' ? source.id : filters.project}
          projects={projects.data ?? []}
          canEdit={canEdit}
          onClose={() => setDialog(null)}
        />
      ) : null}
    </div>
  );
}
