import { useId } from 'react';
import { Button } from '@/components/ui/button';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { t } from '@/lib/i18n';
import { flattenPages } from '@/lib/infinite-list';
import type { Activity, ActivityScope, ActivityState } from '../api/activity-schema';
import { useActivities } from '../api/get-activities';
import { ActivityRow } from './activity-row';

interface ActivityListProps {
  scope: ActivityScope;
  state: ActivityState;
  /** The heading level of the list, one below its section's. */
  level: 3 | 4;
  now: Date;
  canEdit: boolean;
  showProject: boolean;
  onToggleDone: (activity: Activity, isDone: boolean) => void;
  onEdit: (activity: Activity) => void;
  onDelete: (activity: Activity) => void;
  menuRef: (id: number, element: HTMLButtonElement | null) => void;
}

const titles = { planned: 'activity.planned', done: 'activity.past' } as const;
const empties = { planned: 'activity.emptyPlanned', done: 'activity.emptyPast' } as const;

/** "Planned" or "Past": one server-paginated list with "Load more". */
export function ActivityList(props: ActivityListProps) {
  const { scope, state, level, now, canEdit, showProject, ...handlers } = props;
  const list = useActivities(scope, state);
  const activities = flattenPages(list.data);
  const headingId = useId();
  const Heading = level === 3 ? 'h3' : 'h4';
  const title = t(titles[state]);
  return (
    <section className="activity-list" aria-labelledby={headingId}>
      <Heading id={headingId} className="activity-list__title">
        {title}
      </Heading>
      {list.isPending ? <LoadingState label={t('app.loading')} /> : null}
      {list.isError && !list.data ? (
        <ErrorState
          title={t('activity.error')}
          error={list.error}
          onRetry={() => void list.refetch()}
        />
      ) : null}
      {/* A page can come back short, even empty, while more follow (hidden projects' rows). */}
      {list.data && activities.length === 0 && !list.hasNextPage ? (
        <EmptyState title={t(empties[state])} />
      ) : null}
      {activities.length > 0 ? (
        <div className="table-wrap">
          <table className="table activity-table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('activity.column.done')}</th>
                <th scope="col">{t('activity.field.type')}</th>
                <th scope="col">{t('activity.field.name')}</th>
                <th scope="col">{t('activity.column.when')}</th>
                <th scope="col">{t('activity.field.location')}</th>
                <th scope="col">{t('activity.field.owner')}</th>
                <th scope="col">{t('activity.field.participants')}</th>
                {showProject ? <th scope="col">{t('activity.field.project')}</th> : null}
                {canEdit ? (
                  <th scope="col">
                    <span className="visually-hidden">{t('activity.column.actions')}</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {activities.map((activity) => (
                <ActivityRow
                  key={activity.id}
                  activity={activity}
                  now={now}
                  canEdit={canEdit}
                  showProject={showProject}
                  {...handlers}
                />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {list.isFetchNextPageError ? (
        <ErrorState title={t('activity.error')} error={list.error} />
      ) : null}
      {list.hasNextPage ? (
        <div className="results__more">
          <Button onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage}>
            {list.isFetchingNextPage ? t('common.loadingMore') : t('common.loadMore')}
          </Button>
        </div>
      ) : null}
    </section>
  );
}
