import { useEffect, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ErrorState, FormAlert, LoadingState } from '@/components/ui/states';
import { TextField } from '@/components/ui/text-field';
import { notify } from '@/components/ui/toast';
import { isApiError } from '@/lib/api-error';
import { describeError } from '@/lib/describe-error';
import { t } from '@/lib/i18n';
import {
  useInvoiceStatuses,
  useInvoiceStatusMutations,
  type InvoiceStatus,
  type InvoiceStatusPatch,
} from '../api/invoice-status-api';
import { movedOrder } from '../lib/move-status';
import { InvoiceStatusRow } from './invoice-status-row';

/** The server's words for a refused change: each field's message for a 422, else the usual sentence. */
function describeRefusal(error: unknown): string {
  if (isApiError(error) && error.code === 'validation_failed' && error.fields.length > 0)
    return error.fields.map((f) => `${f.field}: ${f.message}`).join('; ');
  if (isApiError(error) && error.code === 'conflict') return error.message;
  return describeError(error);
}

/** `/settings/invoice-statuses`: add, rename, flags, default, reorder, disable and delete. */
export function InvoiceStatusSettingsPage() {
  const list = useInvoiceStatuses();
  const { create, patch, reorder, remove } = useInvoiceStatusMutations();
  const [name, setName] = useState('');
  const [deleting, setDeleting] = useState<InvoiceStatus | null>(null);
  const busy = patch.isPending || reorder.isPending;

  useEffect(() => {
    document.title = `${t('invoiceStatuses.title')} · ${t('app.name')}`;
  }, []);

  function change(body: InvoiceStatusPatch, done: string) {
    patch.mutate(body, {
      onSuccess: () => notify(done, 'success'),
      onError: (error) => notify(describeRefusal(error), 'error'),
    });
  }

  function move(ids: number[] | null) {
    if (!ids) return;
    reorder.mutate(ids, {
      onSuccess: () => notify(t('invoiceStatuses.reordered'), 'success'),
      onError: (error) => notify(describeRefusal(error), 'error'),
    });
  }

  function onCreate(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    create.mutate(
      { name: name.trim() },
      {
        onSuccess: (status) => {
          notify(t('invoiceStatuses.created', { name: status.name }), 'success');
          setName('');
        },
      },
    );
  }

  const items = list.data ?? [];
  const fieldErrors = isApiError(create.error) ? create.error.fieldMessages() : {};
  return (
    <div className="page">
      <div className="page__header">
        <h1 className="page__title">{t('invoiceStatuses.title')}</h1>
      </div>
      <p>{t('invoiceStatuses.body')}</p>
      {list.isPending ? <LoadingState label={t('app.loading')} /> : null}
      {list.isError ? (
        <ErrorState
          title={t('invoiceStatuses.error')}
          error={list.error}
          onRetry={() => void list.refetch()}
        />
      ) : null}
      {items.length > 0 ? (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('invoiceStatuses.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('invoiceStatuses.field.name')}</th>
                <th scope="col">{t('invoiceStatuses.field.flags')}</th>
                <th scope="col">{t('invoiceStatuses.field.default')}</th>
                <th scope="col">{t('invoiceStatuses.field.state')}</th>
                <th scope="col">{t('invoiceStatuses.field.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((status, index) => (
                <InvoiceStatusRow
                  key={`${status.id}-${status.version}`}
                  status={status}
                  canMoveUp={movedOrder(items, index, -1) !== null}
                  canMoveDown={movedOrder(items, index, 1) !== null}
                  busy={busy}
                  onMove={(direction) => move(movedOrder(items, index, direction))}
                  onChange={(body, done) =>
                    change({ id: status.id, version: status.version, ...body }, done)
                  }
                  onDelete={() => setDeleting(status)}
                />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <form
        className="status-create"
        onSubmit={onCreate}
        noValidate
        aria-label={t('invoiceStatuses.new')}
      >
        <h2 className="tab-section__title">{t('invoiceStatuses.new')}</h2>
        {create.isError && Object.keys(fieldErrors).length === 0 ? (
          <FormAlert>{describeError(create.error)}</FormAlert>
        ) : null}
        <div className="form-grid">
          <TextField
            label={t('invoiceStatuses.field.name')}
            name="name"
            required
            value={name}
            error={fieldErrors.name}
            onChange={(event) => setName(event.target.value)}
          />
        </div>
        <div className="header-form__actions">
          <Button type="submit" variant="primary" disabled={create.isPending || name.trim() === ''}>
            {t('invoiceStatuses.add')}
          </Button>
        </div>
      </form>
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => {
          if (!open) {
            remove.reset();
            setDeleting(null);
          }
        }}
        title={t('invoiceStatuses.delete.title', { name: deleting?.name ?? '' })}
        body={t('invoiceStatuses.delete.body')}
        confirmLabel={t('settings.delete.confirm')}
        busyLabel={t('settings.delete.deleting')}
        busy={remove.isPending}
        error={remove.isError ? <FormAlert>{describeRefusal(remove.error)}</FormAlert> : null}
        onConfirm={() => {
          if (!deleting) return;
          remove.mutate(deleting.id, {
            onSuccess: () => {
              notify(t('invoiceStatuses.deleted', { name: deleting.name }), 'success');
              setDeleting(null);
            },
          });
        }}
      />
    </div>
  );
}
