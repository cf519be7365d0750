import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { DropdownMenu, DropdownMenuItem } from '@/components/ui/dropdown-menu';
import { EmptyState, ErrorState, FormAlert, LoadingState } from '@/components/ui/states';
import { notify } from '@/components/ui/toast';
import { isApiError } from '@/lib/api-error';
import { describeError } from '@/lib/describe-error';
import { t } from '@/lib/i18n';
import { useDeleteVatRate, useSaveVatRate, useVatRates, type VatRate } from '../api/vat-rates';
import { VatRateDialog } from './vat-rate-dialog';

/** Settings → Organization, "VAT rates": add, edit, deactivate and delete (unused ones). */
export function VatRatesSection() {
  const rates = useVatRates();
  const remove = useDeleteVatRate();
  const toggle = useSaveVatRate();
  const [editing, setEditing] = useState<VatRate | 'new' | null>(null);
  const [deleting, setDeleting] = useState<VatRate | null>(null);
  const title = t('vatRates.title');

  function setActive(rate: VatRate, isActive: boolean) {
    toggle.mutate(
      { id: rate.id, version: rate.version, body: { isActive } },
      {
        onSuccess: (saved) => notify(t('vatRates.saved', { name: saved.name }), 'success'),
        onError: (error) => notify(describeError(error), 'error'),
      },
    );
  }

  return (
    <section className="tab-section" aria-labelledby="vat-rates-title">
      <div className="card-section__header">
        <h2 id="vat-rates-title" className="tab-section__title">
          {title}
        </h2>
        <Button variant="primary" onClick={() => setEditing('new')}>
          {t('vatRates.add')}
        </Button>
      </div>
      {rates.isPending ? <LoadingState label={t('app.loading')} /> : null}
      {rates.isError ? (
        <ErrorState
          title={t('vatRates.error')}
          error={rates.error}
          onRetry={() => void rates.refetch()}
        />
      ) : null}
      {rates.data?.length === 0 ? <EmptyState title={t('vatRates.empty')} /> : null}
      {rates.data && rates.data.length > 0 ? (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('vatRates.field.name')}</th>
                <th scope="col" className="table__number">
                  {t('vatRates.field.percent')}
                </th>
                <th scope="col">{t('vatRates.field.category')}</th>
                <th scope="col">{t('vatRates.field.active')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('settings.column.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rates.data.map((rate) => (
                <tr key={rate.id} className={rate.isActive ? undefined : 'row--inactive'}>
                  <th scope="row">{rate.name}</th>
                  <td className="table__number">{rate.percent} %</td>
                  <td>{rate.category}</td>
                  <td>
                    {rate.isActive ? t('settings.state.active') : t('settings.state.disabled')}
                  </td>
                  <td className="table__actions">
                    <DropdownMenu
                      label={t('settings.actions', { name: rate.name })}
                      trigger={<span aria-hidden="true">⋯</span>}
                    >
                      <DropdownMenuItem onSelect={() => setEditing(rate)}>
                        {t('common.edit')}
                      </DropdownMenuItem>
                      <DropdownMenuItem onSelect={() => setActive(rate, !rate.isActive)}>
                        {rate.isActive ? t('vatRates.deactivate') : t('vatRates.activate')}
                      </DropdownMenuItem>
                      <DropdownMenuItem tone="danger" onSelect={() => setDeleting(rate)}>
                        {t('settings.action.delete')}
                      </DropdownMenuItem>
                    </DropdownMenu>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <VatRateDialog rate={editing} onClose={() => setEditing(null)} />
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => {
          if (!open) {
            remove.reset();
            setDeleting(null);
          }
        }}
        title={t('settings.delete.title', { name: deleting?.name ?? '' })}
        body={t('vatRates.delete.body')}
        confirmLabel={t('settings.delete.confirm')}
        busyLabel={t('settings.delete.deleting')}
        busy={remove.isPending}
        error={
          remove.isError ? (
            <FormAlert>
              {isApiError(remove.error) && remove.error.status === 409
                ? t('vatRates.delete.inUse')
                : describeError(remove.error)}
            </FormAlert>
          ) : null
        }
        onConfirm={() => {
          if (!deleting) return;
          remove.mutate(deleting.id, {
            onSuccess: () => {
              notify(t('settings.deleted', { name: deleting.name }), 'success');
              setDeleting(null);
            },
          });
        }}
      />
    </section>
  );
}
