import { useQueryClient } from '@tanstack/react-query';
import { useState, type RefObject } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { LoadingState } from '@/components/ui/states';
import { notify } from '@/components/ui/toast';
import { isApiError } from '@/lib/api-error';
import { t } from '@/lib/i18n';
import { customerKeys, customerSchema, type Customer } from '../api/customer-schema';
import { useRegistryLookup } from '../api/get-registry-lookup';
import type { RegistryField, RegistryLookup } from '../api/registry-schema';
import { useUpdateFromRegistry, type RegistryUpdateBody } from '../api/update-from-registry';
import {
  buildRegistryUpdateBody,
  defaultSelection,
  isDeletedCompany,
  offersUpdate,
  registryRows,
} from '../lib/registry-update';
import { RegistryComparisonTable } from './registry-comparison-table';
import {
  DeletedCompanyNotice,
  RegistrySourceCredit,
  RegistryStatus,
} from './registry-company-summary';
import { RegistryProblemAlert } from './registry-problem';

interface RegistryUpdateDialogProps {
  customer: Customer;
  onClose: () => void;
  returnFocusRef?: RefObject<HTMLElement | null>;
}

/**
 * "Update customer details": the registry's name, addresses, e-mail and website next to the
 * card's; the user ticks what to take over and confirms. Mounted only while open.
 */
export function RegistryUpdateDialog({
  customer,
  onClose,
  returnFocusRef,
}: RegistryUpdateDialogProps) {
  const queryClient = useQueryClient();
  const lookup = useRegistryLookup(customer.id);
  const update = useUpdateFromRegistry(customer.id);
  // The version the comparison was made against; a change by someone else in between is a 409.
  const [version, setVersion] = useState(customer.version);
  const [chosen, setChosen] = useState<Set<RegistryField> | null>(null);

  const conflict = isApiError(update.error) && update.error.status === 409;

  function reloadAfterConflict() {
    const current = isApiError(update.error)
      ? customerSchema.safeParse(update.error.current)
      : null;
    if (current?.success) setVersion(current.data.version);
    void queryClient.invalidateQueries({ queryKey: customerKeys.card(customer.id) });
    void queryClient.invalidateQueries({ queryKey: customerKeys.history(customer.id) });
    update.reset();
    setChosen(null);
    void lookup.refetch();
  }

  const data = lookup.data && !lookup.isError ? lookup.data : null;
  const fields = data ? (chosen ?? new Set(defaultSelection(data))) : new Set<RegistryField>();
  // Offered when the company can be taken from and something in it would change the customer.
  const offered =
    data !== null && offersUpdate(data) && registryRows(data).some((row) => row.state === 'change');
  const body = data && offered ? buildRegistryUpdateBody(version, data, fields) : null;

  function confirm(request: RegistryUpdateBody) {
    const registry = data?.source.registry ?? '';
    update.mutate(request, {
      onSuccess: () => {
        notify(t('registry.update.done', { registry }), 'success');
        onClose();
      },
    });
  }

  return (
    <Dialog
      open
      onOpenChange={(open) => (open ? undefined : onClose())}
      title={t('registry.update.title')}
      description={t('registry.update.description')}
      size="large"
      returnFocusRef={returnFocusRef}
    >
      {lookup.isFetching && !lookup.data ? (
        <LoadingState label={t('registry.update.loading')} />
      ) : null}
      {lookup.isError ? (
        <RegistryProblemAlert error={lookup.error} onRetry={() => void lookup.refetch()} />
      ) : null}
      {data ? (
        <Comparison
          data={data}
          chosen={fields}
          onChoose={setChosen}
          busy={update.isPending || lookup.isFetching}
        />
      ) : null}
      {conflict ? (
        <div className="conflict" role="alert">
          <p>{t('registry.update.conflict')}</p>
          <div className="conflict__actions">
            <Button variant="primary" onClick={reloadAfterConflict}>
              {t('registry.update.reload')}
            </Button>
          </div>
        </div>
      ) : null}
      {update.isError && !conflict ? <RegistryProblemAlert error={update.error} /> : null}
      <Actions
        body={body}
        busy={update.isPending || lookup.isFetching || conflict}
        updating={update.isPending}
        onCancel={onClose}
        onConfirm={confirm}
      />
    </Dialog>
  );
}

interface ComparisonProps {
  data: RegistryLookup;
  chosen: ReadonlySet<RegistryField>;
  onChoose: (chosen: Set<RegistryField>) => void;
  busy: boolean;
}

function Comparison({ data, chosen, onChoose, busy }: ComparisonProps) {
  const rows = registryRows(data);
  const deleted = isDeletedCompany(data);
  const choosable = offersUpdate(data);
  const name = data.fields.name.registry;
  return (
    <div className="registry-comparison">
      <div className="registry-comparison__company">
        <p className="registry-comparison__name">
          {name
            ? t('registry.company', { name, businessId: data.businessId })
            : `${t('registry.businessId')} ${data.businessId}`}
        </p>
        <RegistryStatus company={data} />
      </div>
      <DeletedCompanyNotice company={data} />
      {deleted ? null : (
        <RegistryComparisonTable
          rows={rows}
          chosen={chosen}
          choosable={choosable}
          disabled={busy}
          parallelNames={data.parallelNames}
          onToggle={(field, take) => {
            const next = new Set(chosen);
            if (take) next.add(field);
            else next.delete(field);
            onChoose(next);
          }}
        />
      )}
      {!deleted && !data.canUpdate ? (
        <p className="notice">{t('registry.update.viewOnly')}</p>
      ) : null}
      {choosable && !rows.some((row) => row.state === 'change') ? (
        <p className="notice" role="status">
          {t('registry.update.nothingToUpdate')}
        </p>
      ) : null}
      {data.addressesSupported ? null : (
        <p className="registry-source">{t('registry.update.noAddresses')}</p>
      )}
      <RegistrySourceCredit source={data.source} />
    </div>
  );
}

interface ActionsProps {
  /** The update the chosen fields make; null while there is nothing to offer. */
  body: RegistryUpdateBody | null;
  busy: boolean;
  updating: boolean;
  onCancel: () => void;
  onConfirm: (body: RegistryUpdateBody) => void;
}

function Actions({ body, busy, updating, onCancel, onConfirm }: ActionsProps) {
  const count = body?.fields.length ?? 0;
  return (
    <>
      {body && count === 0 ? (
        <p className="registry-source">{t('registry.update.chooseFields')}</p>
      ) : null}
      <div className="dialog__actions">
        <Button onClick={onCancel}>{body ? t('common.cancel') : t('common.close')}</Button>
        {body ? (
          <Button variant="primary" disabled={busy || count === 0} onClick={() => onConfirm(body)}>
            {updating ? t('registry.update.updating') : t('registry.update.submit', { count })}
          </Button>
        ) : null}
      </div>
    </>
  );
}
