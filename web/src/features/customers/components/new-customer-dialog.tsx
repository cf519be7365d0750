import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { FormAlert } from '@/components/ui/states';
import { notify } from '@/components/ui/toast';
import { describeError } from '@/lib/describe-error';
import { t } from '@/lib/i18n';
import { useCreateCustomer } from '../api/create-customer';
import { useRegistryCompany } from '../api/get-registry-company';
import { useOwnerOptions } from '../api/get-users';
import {
  buildCreateBody,
  emptyCustomerForm,
  localFieldErrors,
  type CustomerFormField,
} from '../lib/customer-form';
import { typedRegistryTarget, type RegistryTarget } from '../lib/business-id';
import { fillFromCompany, registryAddressPlan } from '../lib/registry-fill';
import { isDeletedCompany } from '../lib/registry-update';
import { splitFieldErrors } from '../lib/server-field-errors';
import { CustomerFormFields, type FieldErrors } from './customer-form-fields';
import { RegistryFillPanel } from './registry-fill-panel';

/** "New customer": a dialog whose fields show the server's validation messages in place. */
export function NewCustomerDialog({
  open,
  onOpenChange,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const navigate = useNavigate();
  const owners = useOwnerOptions();
  const create = useCreateCustomer();
  const [values, setValues] = useState(emptyCustomerForm);
  const [localErrors, setLocalErrors] = useState<FieldErrors>({});
  const formRef = useRef<HTMLFormElement>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const registry = useRegistryCompany();
  const [addAddresses, setAddAddresses] = useState(true);

  // The registry's answer counts only while the business id it was asked for is still typed.
  const target = typedRegistryTarget(values.vatNumber, values.country);
  const askedFor = registry.variables;
  const current =
    target && askedFor?.country === target.country && askedFor.businessId === target.businessId;
  const company = current && registry.data ? registry.data : null;
  const filledAddresses =
    company && !isDeletedCompany(company) && addAddresses ? registryAddressPlan(company) : [];

  const server = splitFieldErrors(create.error);
  const errors: FieldErrors = { ...server.byField, ...localErrors };
  const formError =
    create.isError && server.other.length === 0 && Object.keys(server.byField).length === 0
      ? describeError(create.error)
      : null;

  // After a refused save (not while typing), take the user to the first field to fix.
  useEffect(() => {
    if (focusRequest === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusRequest]);

  function close() {
    reset();
    onOpenChange(false);
  }

  function reset() {
    setValues(emptyCustomerForm);
    setLocalErrors({});
    create.reset();
    registry.reset();
    setAddAddresses(true);
  }

  function fill(asked: RegistryTarget) {
    registry.mutate(asked, {
      onSuccess: (found) => {
        if (isDeletedCompany(found)) return;
        setValues((previous) => fillFromCompany(previous, found));
        setLocalErrors({});
        create.reset();
      },
    });
  }

  function onChange(field: CustomerFormField, value: string) {
    setValues((previous) => ({ ...previous, [field]: value }));
    setLocalErrors((previous) => ({ ...previous, [field]: undefined }));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const local = localFieldErrors(values);
    const localMessages: FieldErrors = {};
    for (const [field, key] of Object.entries(local))
      localMessages[field as CustomerFormField] = t(key);
    setLocalErrors(localMessages);
    if (Object.keys(localMessages).length > 0) {
      create.reset();
      setFocusRequest((count) => count + 1);
      return;
    }
    create.mutate(
      { body: buildCreateBody(values), addresses: filledAddresses },
      {
        onSuccess: ({ customer, addressError }) => {
          notify(t('customer.new.created', { name: customer.name }), 'success');
          if (addressError) {
            const message = describeError(addressError);
            notify(t('registry.fill.addressesFailed', { message }), 'error');
          }
          close();
          navigate(`/customers/${customer.id}`);
        },
        onError: () => setFocusRequest((count) => count + 1),
      },
    );
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => (next ? onOpenChange(true) : close())}
      title={t('customer.new.title')}
      description={t('customer.new.description')}
      size="large"
    >
      <form ref={formRef} onSubmit={onSubmit} noValidate>
        {formError ? <FormAlert>{formError}</FormAlert> : null}
        {server.other.length > 0 ? (
          <FormAlert>
            <ul>
              {server.other.map(({ field, message }) => (
                <li key={field}>{`${field}: ${message}`}</li>
              ))}
            </ul>
          </FormAlert>
        ) : null}
        <CustomerFormFields
          values={values}
          errors={errors}
          owners={owners.data ?? []}
          onChange={onChange}
          disabled={create.isPending}
          numberHint={t('customer.field.numberHint')}
        />
        <RegistryFillPanel
          target={target}
          company={company}
          error={current && registry.isError ? registry.error : null}
          loading={registry.isPending}
          disabled={create.isPending}
          addAddresses={addAddresses}
          onFill={fill}
          onAddAddressesChange={setAddAddresses}
        />
        <div className="dialog__actions">
          <Button onClick={close}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary" disabled={create.isPending}>
            {create.isPending ? t('common.saving') : t('customer.new.submit')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
