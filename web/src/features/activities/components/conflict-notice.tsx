import { useEffect, useId, useRef } from 'react';
import { Button } from '@/components/ui/button';
import { formatDateTime, t } from '@/lib/i18n';

export interface ConflictRow {
  field: string;
  label: string;
  yours: string;
  theirs: string;
}

interface ConflictNoticeProps {
  savedBy: string | null;
  savedAt: string;
  rows: ConflictRow[];
  onReload: () => void;
  onDiscard: () => void;
}

const shown = (value: string) => (value.trim() === '' ? t('history.emptyValue') : value);

/** A stale-version save (409): who saved in between, and the user's values next to theirs. */
export function ConflictNotice({
  savedBy,
  savedAt,
  rows,
  onReload,
  onDiscard,
}: ConflictNoticeProps) {
  const titleId = useId();
  const reloadRef = useRef<HTMLButtonElement>(null);
  // The alert is announced; the focus goes to the way out of it.
  useEffect(() => reloadRef.current?.focus(), []);
  return (
    <div className="conflict" role="alert" aria-labelledby={titleId}>
      <h3 id={titleId} className="conflict__title">
        {t('activity.conflict.title')}
      </h3>
      <p>
        {t('conflict.body', { name: savedBy ?? t('common.none'), at: formatDateTime(savedAt) })}
      </p>
      {rows.length > 0 ? (
        <table className="table conflict__table">
          <thead>
            <tr>
              <th scope="col">{t('conflict.field')}</th>
              <th scope="col">{t('conflict.yourValue')}</th>
              <th scope="col">{t('conflict.theirValue')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.field}>
                <th scope="row">{row.label}</th>
                <td>{shown(row.yours)}</td>
                <td>{shown(row.theirs)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <div className="conflict__actions">
        <Button ref={reloadRef} variant="primary" onClick={onReload}>
          {t('conflict.reload')}
        </Button>
        <Button onClick={onDiscard}>{t('conflict.discard')}</Button>
      </div>
    </div>
  );
}
