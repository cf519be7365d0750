import type { FormEvent, RefObject } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { notify } from '@/components/ui/toast';
import { t } from '@/lib/i18n';
import { addressSchema, type Address } from '../api/address-schema';
import { useCreateAddress, useUpdateAddress } from '../api/save-address';
import {
  addressFieldAlias,
  addressFieldLabels,
  addressFormFields,
  buildAddressCreateBody,
  buildAddressPatchBody,
  emptyAddressForm,
  localAddressErrors,
  toAddressFormValues,
} from '../lib/address-form';
import { changedFields, conflictRows, splitFieldErrors } from '../lib/form-values';
import { useVersionedForm } from '../lib/use-versioned-form';
import { AddressFormFields } from './address-form-fields';
import { SaveErrorAlert } from './form-alerts';
import { VersionConflictNotice } from '@/components/ui/version-conflict-notice';

interface AddressDialogProps {
  customerId: number;
  /** The address to edit; none for a new one. */
  address: Address | null;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  isFirst: boolean;
  returnFocusRef?: RefObject<HTMLElement | null>;
}

/** "New address" and "Edit address": a dialog that shows the server's messages in place. */
export function AddressDialog(props: AddressDialogProps) {
  const { address, open, onOpenChange, isFirst, returnFocusRef } = props;
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={address ? t('address.editTitle') : t('address.addTitle')}
      description={!address && isFirst ? t('address.firstIsHeadquarters') : undefined}
      size="large"
      returnFocusRef={returnFocusRef}
    >
      <AddressForm {...props} onClose={() => onOpenChange(false)} />
    </Dialog>
  );
}

function AddressForm({
  customerId,
  address,
  onClose,
}: AddressDialogProps & { onClose: () => void }) {
  const create = useCreateAddress(customerId);
  const update = useUpdateAddress(customerId);
  const save = address ? update : create;
  const form = useVersionedForm({
    fields: addressFormFields,
    initial: address ? toAddressFormValues(address) : emptyAddressForm,
    version: address?.version ?? null,
    parseCurrent: (current) => {
      const parsed = addressSchema.safeParse(current);
      return parsed.success ? parsed.data : null;
    },
    toValues: toAddressFormValues,
    versionOf: (row) => row.version,
  });
  const server = splitFieldErrors(save.error, addressFormFields, addressFieldAlias);
  const errors = { ...server.byField, ...form.localErrors };
  const busy = save.isPending;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!form.validate(localAddressErrors)) return;
    if (!address) {
      create.mutate(buildAddressCreateBody(form.values), {
        onSuccess: () => {
          notify(t('address.added'), 'success');
          onClose();
        },
        onError: form.onSaveError,
      });
      return;
    }
    if (changedFields(addressFormFields, form.base.values, form.values).length === 0) {
      notify(t('address.nothingChanged'), 'info');
      onClose();
      return;
    }
    const patch = buildAddressPatchBody(form.base.values, form.values);
    update.mutate(
      { id: address.id, patch: { ...patch, version: form.base.version ?? address.version } },
      {
        onSuccess: () => {
          notify(t('address.saved'), 'success');
          onClose();
        },
        onError: form.onSaveError,
      },
    );
  }

  const conflict = form.conflict;
  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate>
      {conflict ? (
        <VersionConflictNotice
          title={t('address.conflict.title')}
          savedBy={conflict.updatedBy?.name ?? null}
          savedAt={conflict.updatedAt}
          rows={conflictRows(
            addressFormFields,
            form.base.values,
            form.values,
            toAddressFormValues(conflict),
          ).map((row) => ({ ...row, label: t(addressFieldLabels[row.field]) }))}
          onReload={() => {
            form.reloadKeepingMine();
            update.reset();
          }}
          onDiscard={onClose}
        />
      ) : null}
      {form.rebased ? (
        <p className="notice" role="status">
          {t('conflict.reloaded')}
        </p>
      ) : null}
      <SaveErrorAlert
        error={save.error}
        other={server.other}
        shownAtFields={Object.keys(server.byField).length > 0}
        conflict={conflict !== null}
      />
      <AddressFormFields
        values={form.values}
        errors={errors}
        onChange={form.onChange}
        disabled={busy}
      />
      <div className="dialog__actions">
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="submit" variant="primary" disabled={busy || conflict !== null}>
          {busy ? t('common.saving') : t('common.save')}
        </Button>
      </div>
    </form>
  );
}
