import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/states';
import { notify } from '@/components/ui/toast';
import { isApiError } from '@/lib/api-error';
import { describeError } from '@/lib/describe-error';
import { t } from '@/lib/i18n';
import { customerKeys, customerSchema, type Customer } from '../api/customer-schema';
import type { CustomerCard } from '../api/get-customer-card';
import { useOwnerOptions } from '../api/get-users';
import { useUpdateCustomer } from '../api/update-customer';
import { conflictRows, rebaseOnSaved } from '../lib/customer-conflict';
import {
  buildPatchBody,
  changedFields,
  localFieldErrors,
  toFormValues,
  type CustomerFormField,
} from '../lib/customer-form';
import { splitFieldErrors } from '../lib/server-field-errors';
import { ConflictNotice } from './conflict-notice';
import { CustomerFormFields, type FieldErrors } from './customer-form-fields';

interface CustomerHeaderFormProps {
  customer: Customer;
  onClose: () => void;
}

/** Inline edit of the header: sends only what changed, with the version it was read at. */
export function CustomerHeaderForm({ customer, onClose }: CustomerHeaderFormProps) {
  const queryClient = useQueryClient();
  const owners = useOwnerOptions();
  const update = useUpdateCustomer(customer.id);
  // What the user started from; a save is checked against this version, never a newer one.
  const [base, setBase] = useState(() => ({
    values: toFormValues(customer),
    version: customer.version,
  }));
  const [values, setValues] = useState(base.values);
  const [localErrors, setLocalErrors] = useState<FieldErrors>({});
  const [conflict, setConflict] = useState<Customer | null>(null);
  const [rebased, setRebased] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const saveRef = useRef<HTMLButtonElement>(null);

  useEffect(() => nameRef.current?.focus(), []);

  const server = splitFieldErrors(update.error);
  const errors: FieldErrors = { ...server.byField, ...localErrors };
  const otherError =
    update.isError && !conflict && Object.keys(server.byField).length === 0
      ? server.other.length > 0
        ? server.other.map(({ field, message }) => `${field}: ${message}`).join(' ')
        : describeError(update.error)
      : null;

  // After a refused save (not while typing), take the user to the first field to fix.
  const [focusRequest, setFocusRequest] = useState(0);
  useEffect(() => {
    if (focusRequest === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusRequest]);

  // Their version loaded: the next step is to review and save again.
  useEffect(() => {
    if (rebased) saveRef.current?.focus();
  }, [rebased]);

  function showSaved(saved: Customer) {
    queryClient.setQueryData<CustomerCard>(customerKeys.card(customer.id), (card) =>
      card ? { ...card, customer: saved } : card,
    );
    void queryClient.invalidateQueries({ queryKey: customerKeys.card(customer.id) });
  }

  function onChange(field: CustomerFormField, value: string) {
    setValues((previous) => ({ ...previous, [field]: value }));
    setLocalErrors((previous) => ({ ...previous, [field]: undefined }));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const local: FieldErrors = {};
    for (const [field, key] of Object.entries(localFieldErrors(values))) {
      local[field as CustomerFormField] = t(key);
    }
    setLocalErrors(local);
    if (Object.keys(local).length > 0) {
      setFocusRequest((count) => count + 1);
      return;
    }
    if (changedFields(base.values, values).length === 0) {
      notify(t('card.nothingChanged'), 'info');
      onClose();
      return;
    }
    setRebased(false);
    update.mutate(
      { ...buildPatchBody(base.values, values), version: base.version },
      {
        onSuccess: () => {
          notify(t('card.saved'), 'success');
          onClose();
        },
        onError: (error) => {
          setFocusRequest((count) => count + 1);
          if (!isApiError(error) || error.status !== 409) return;
          const current = customerSchema.safeParse(error.current);
          if (current.success) setConflict(current.data);
        },
      },
    );
  }

  function reloadKeepingMine() {
    if (!conflict) return;
    const saved = toFormValues(conflict);
    setValues(rebaseOnSaved(base.values, values, saved));
    setBase({ values: saved, version: conflict.version });
    showSaved(conflict);
    setConflict(null);
    setRebased(true);
    update.reset();
  }

  function discard() {
    if (conflict) showSaved(conflict);
    onClose();
  }

  return (
    <form
      ref={formRef}
      className="header-form"
      onSubmit={onSubmit}
      noValidate
      aria-label={t('card.editTitle')}
    >
      {conflict ? (
        <ConflictNotice
          saved={conflict}
          rows={conflictRows(base.values, values, toFormValues(conflict))}
          owners={owners.data ?? []}
          onReload={reloadKeepingMine}
          onDiscard={discard}
        />
      ) : null}
      {rebased ? (
        <p className="notice" role="status">
          {t('card.conflict.reloaded')}
        </p>
      ) : null}
      {otherError ? <FormAlert>{otherError}</FormAlert> : null}
      <CustomerFormFields
        values={values}
        errors={errors}
        owners={owners.data ?? []}
        currentOwner={
          customer.accountOwnerId !== null && customer.accountOwnerName
            ? { id: customer.accountOwnerId, name: customer.accountOwnerName }
            : null
        }
        onChange={onChange}
        disabled={update.isPending}
        nameRef={nameRef}
      />
      <div className="header-form__actions">
        <Button
          ref={saveRef}
          type="submit"
          variant="primary"
          disabled={update.isPending || conflict !== null}
        >
          {update.isPending ? t('common.saving') : t('common.save')}
        </Button>
        <Button onClick={discard}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}
