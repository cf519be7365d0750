import { Button } from '@/components/ui/button';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { formatDateTime, t } from '@/lib/i18n';
import { flattenPages } from '@/lib/infinite-list';
import { useStatusHistory, type StatusChange } from '../api/get-status-history';
import { CardSection } from './card-section';
import { stateLabels } from './project-header';

function describeChange(change: StatusChange): string {
  const to = `${change.toStatusName ?? t('common.none')} (${change.toState ? t(stateLabels[change.toState]) : t('common.none')})`;
  if (change.fromStatusName === null && change.fromState === null) {
    return t('project.history.created', { to });
  }
  const from = `${change.fromStatusName ?? t('common.none')} (${change.fromState ? t(stateLabels[change.fromState]) : t('common.none')})`;
  return t('project.history.changed', { from, to });
}

/** Every status and state change, newest first, with who and when. */
export function StatusHistory({ projectId }: { projectId: number }) {
  const history = useStatusHistory(projectId);
  const unique = flattenPages(history.data);
  return (
    <CardSection title={t('project.section.history')}>
      {history.isPending ? <LoadingState label={t('history.loading')} /> : null}
      {history.isError ? <ErrorState title={t('history.error')} error={history.error} /> : null}
      {history.data && unique.length === 0 ? <p>{t('history.empty')}</p> : null}
      {unique.length > 0 ? (
        <ol className="history" aria-label={t('project.section.history')}>
          {unique.map((change) => (
            <li key={change.id} className="history__item">
              <span>{describeChange(change)}</span>
              <span className="history__meta">
                {`${formatDateTime(change.at)} · ${t('history.by', { name: change.by?.name ?? t('common.none') })}`}
              </span>
            </li>
          ))}
        </ol>
      ) : null}
      {history.hasNextPage ? (
        <Button onClick={() => void history.fetchNextPage()} disabled={history.isFetchingNextPage}>
          {t('common.loadMore')}
        </Button>
      ) : null}
    </CardSection>
  );
}
