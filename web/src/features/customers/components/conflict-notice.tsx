import { useEffect, useRef } from 'react';
import { Button } from '@/components/ui/button';
import { formatDateTime, t } from '@/lib/i18n';
import type { Customer } from '../api/customer-schema';
import type { OwnerOption } from '../api/get-users';
import type { ConflictRow } from '../lib/customer-conflict';
import { fieldLabels, type CustomerFormField } from '../lib/customer-form';

interface ConflictNoticeProps {
  saved: Customer;
  rows: ConflictRow[];
  owners: OwnerOption[];
  onReload: () => void;
  onDiscard: () => void;
}

function displayValue(
  field: CustomerFormField,
  value: string,
  owners: OwnerOption[],
  saved: Customer,
): string {
  if (value.trim() === '') return t('history.emptyValue');
  if (field !== 'accountOwnerId') return value;
  const id = Number(value);
  if (saved.accountOwnerId === id && saved.accountOwnerName) return saved.accountOwnerName;
  return owners.find((owner) => owner.id === id)?.name ?? value;
}

/** A stale-version save (409): who saved in between, and the user's values next to theirs. */
export function ConflictNotice({ saved, rows, owners, onReload, onDiscard }: ConflictNoticeProps) {
  const reloadRef = useRef<HTMLButtonElement>(null);
  // The alert is announced; the focus goes to the way out of it.
  useEffect(() => reloadRef.current?.focus(), []);
  return (
    <div className="conflict" role="alert" aria-labelledby="conflict-title">
      <h2 id="conflict-title" className="conflict__title">
        {t('card.conflict.title')}
      </h2>
      <p>
        {t('card.conflict.body', {
          name: saved.updatedBy?.name ?? t('common.none'),
          at: formatDateTime(saved.updatedAt),
        })}
      </p>
      {rows.length > 0 ? (
        <table className="table conflict__table">
          <thead>
            <tr>
              <th scope="col">{t('card.conflict.field')}</th>
              <th scope="col">{t('card.conflict.yourValue')}</th>
              <th scope="col">{t('card.conflict.theirValue')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.field}>
                <th scope="row">{t(fieldLabels[row.field])}</th>
                <td>{displayValue(row.field, row.yours, owners, saved)}</td>
                <td>{displayValue(row.field, row.theirs, owners, saved)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <div className="conflict__actions">
        <Button ref={reloadRef} variant="primary" onClick={onReload}>
          {t('card.conflict.reload')}
        </Button>
        <Button onClick={onDiscard}>{t('card.conflict.discard')}</Button>
      </div>
    </div>
  );
}
