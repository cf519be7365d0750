import type { Ref } from 'react';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { t } from '@/lib/i18n';
import type { OwnerOption } from '../api/get-users';
import { fieldLabels, type CustomerFormField, type CustomerFormValues } from '../lib/customer-form';

export type FieldErrors = Partial<Record<CustomerFormField, string>>;

interface CustomerFormFieldsProps {
  values: CustomerFormValues;
  errors: FieldErrors;
  owners: OwnerOption[];
  /** The current owner, listed even when inactive or beyond the picker's page. */
  currentOwner?: { id: number; name: string } | null;
  onChange: (field: CustomerFormField, value: string) => void;
  disabled?: boolean;
  nameRef?: Ref<HTMLInputElement>;
  numberHint?: string;
}

const textInputs: {
  field: Exclude<CustomerFormField, 'name' | 'number' | 'accountOwnerId'>;
  type: string;
  autoComplete: string;
  hint?: 'customer.field.vatHint' | 'customer.field.countryHint';
}[] = [
  { field: 'vatNumber', type: 'text', autoComplete: 'off', hint: 'customer.field.vatHint' },
  { field: 'country', type: 'text', autoComplete: 'country', hint: 'customer.field.countryHint' },
  { field: 'email', type: 'email', autoComplete: 'email' },
  { field: 'website', type: 'url', autoComplete: 'url' },
  { field: 'phone', type: 'tel', autoComplete: 'tel' },
  { field: 'industry', type: 'text', autoComplete: 'off' },
];

/** The editable customer fields with a label, hint and the server's message at each. */
export function CustomerFormFields(props: CustomerFormFieldsProps) {
  const { values, errors, owners, currentOwner, onChange, disabled, nameRef, numberHint } = props;
  const ownerListed = currentOwner ? owners.some((owner) => owner.id === currentOwner.id) : true;
  return (
    <div className="form-grid">
      <TextField
        ref={nameRef}
        label={t(fieldLabels.name)}
        name="name"
        required
        autoComplete="organization"
        maxLength={200}
        value={values.name}
        error={errors.name}
        disabled={disabled}
        onChange={(event) => onChange('name', event.target.value)}
      />
      <TextField
        label={t(fieldLabels.number)}
        name="number"
        inputMode="numeric"
        autoComplete="off"
        value={values.number}
        hint={numberHint}
        error={errors.number}
        disabled={disabled}
        onChange={(event) => onChange('number', event.target.value)}
      />
      <SelectField
        label={t(fieldLabels.accountOwnerId)}
        name="accountOwnerId"
        value={values.accountOwnerId}
        error={errors.accountOwnerId}
        disabled={disabled}
        onChange={(event) => onChange('accountOwnerId', event.target.value)}
      >
        <option value="">{t('customer.field.noOwner')}</option>
        {currentOwner && !ownerListed ? (
          <option value={String(currentOwner.id)}>{currentOwner.name}</option>
        ) : null}
        {owners.map((owner) => (
          <option key={owner.id} value={String(owner.id)}>
            {owner.name}
          </option>
        ))}
      </SelectField>
      {textInputs.map(({ field, type, autoComplete, hint }) => (
        <TextField
          key={field}
          label={t(fieldLabels[field])}
          name={field}
          type={type}
          autoComplete={autoComplete}
          value={values[field]}
          hint={hint ? t(hint) : undefined}
          error={errors[field]}
          disabled={disabled}
          onChange={(event) => onChange(field, event.target.value)}
        />
      ))}
    </div>
  );
}
