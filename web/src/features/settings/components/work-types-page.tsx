import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { DropdownMenu, DropdownMenuItem } from '@/components/ui/dropdown-menu';
import { EmptyState, ErrorState, FormAlert, LoadingState } from '@/components/ui/states';
import { notify } from '@/components/ui/toast';
import { isApiError } from '@/lib/api-error';
import { describeError } from '@/lib/describe-error';
import { t } from '@/lib/i18n';
import { formatMoneyValue } from '@/lib/money-format';
import { useOrganizationSettings } from '../api/organization-settings';
import { useDeleteWorkType, useWorkTypes, type WorkType } from '../api/work-types';
import { OrganizationMoneySettings } from './organization-money-settings';
import { WorkTypeDialog } from './work-type-dialog';

/** `/settings/work-types`: the organization's base currency and time zone, and its work types. */
export function WorkTypesPage() {
  const types = useWorkTypes();
  const organization = useOrganizationSettings();
  const remove = useDeleteWorkType();
  const [editing, setEditing] = useState<WorkType | 'new' | null>(null);
  const [deleting, setDeleting] = useState<WorkType | null>(null);
  const currency = organization.data?.baseCurrency ?? 'EUR';
  const title = t('workTypes.title');

  useEffect(() => {
    document.title = `${title} · ${t('settings.title')} · ${t('app.name')}`;
  }, [title]);

  return (
    <>
      <OrganizationMoneySettings query={organization} />
      <section className="tab-section" aria-labelledby="work-types-title">
        <div className="card-section__header">
          <h2 id="work-types-title" className="tab-section__title">
            {title}
          </h2>
          <Button variant="primary" onClick={() => setEditing('new')}>
            {t('workTypes.add')}
          </Button>
        </div>
        {types.isPending ? <LoadingState label={t('app.loading')} /> : null}
        {types.isError ? (
          <ErrorState
            title={t('workTypes.error')}
            error={types.error}
            onRetry={() => void types.refetch()}
          />
        ) : null}
        {types.data?.length === 0 ? <EmptyState title={t('workTypes.empty')} /> : null}
        {types.data && types.data.length > 0 ? (
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('workTypes.field.name')}</th>
                  <th scope="col">{t('workTypes.field.code')}</th>
                  <th scope="col" className="table__number">
                    {t('workTypes.field.hourlyPrice')}
                  </th>
                  <th scope="col">{t('workTypes.field.billable')}</th>
                  <th scope="col">{t('workTypes.field.active')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('settings.column.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {types.data.map((type) => (
                  <tr key={type.id} className={type.isActive ? undefined : 'row--inactive'}>
                    <th scope="row">{type.name}</th>
                    <td>{type.code}</td>
                    <td className="table__number">
                      {type.hourlyPrice ? formatMoneyValue(type.hourlyPrice) : '–'}
                    </td>
                    <td>{type.billable ? t('money.yes') : t('money.no')}</td>
                    <td>
                      {type.isActive ? t('settings.state.active') : t('settings.state.disabled')}
                    </td>
                    <td className="table__actions">
                      <DropdownMenu
                        label={t('settings.actions', { name: type.name })}
                        trigger={<span aria-hidden="true">⋯</span>}
                      >
                        <DropdownMenuItem onSelect={() => setEditing(type)}>
                          {t('common.edit')}
                        </DropdownMenuItem>
                        <DropdownMenuItem tone="danger" onSelect={() => setDeleting(type)}>
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
      </section>
      <WorkTypeDialog workType={editing} currency={currency} onClose={() => setEditing(null)} />
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => {
          if (!open) {
            remove.reset();
            setDeleting(null);
          }
        }}
        title={t('settings.delete.title', { name: deleting?.name ?? '' })}
        body={t('workTypes.delete.body')}
        confirmLabel={t('settings.delete.confirm')}
        busyLabel={t('settings.delete.deleting')}
        busy={remove.isPending}
        error={
          remove.isError ? (
            <FormAlert>
              {isApiError(remove.error) && remove.error.status === 409
                ? t('workTypes.delete.inUse')
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
    </>
  );
}
