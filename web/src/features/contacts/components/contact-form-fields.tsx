import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { t } from '@/lib/i18n';
import type { Address } from '../api/address-schema';
import type { Contact } from '../api/contact-schema';
import type { ContactOption } from '../api/get-contact-options';
import { addressSummary } from '../lib/address-form';
import {
  contactFieldLabels,
  type ContactFormField,
  type ContactFormValues,
} from '../lib/contact-form';
import { KeywordPicker } from './keyword-picker';

interface ContactFormFieldsProps {
  values: ContactFormValues;
  errors: Partial<Record<ContactFormField, string>>;
  onChange: (field: ContactFormField, value: string) => void;
  roles: ContactOption[];
  keywords: ContactOption[];
  addresses: Address[];
  /** The contact as saved, for a disabled role or keyword it still has. */
  contact: Contact | null;
  disabled?: boolean;
}

const textInputs: {
  field: 'firstName' | 'lastName' | 'title' | 'email' | 'mobilePhone' | 'workPhone' | 'language';
  type: string;
  autoComplete: string;
  maxLength: number;
}[] = [
  { field: 'firstName', type: 'text', autoComplete: 'off', maxLength: 100 },
  { field: 'lastName', type: 'text', autoComplete: 'off', maxLength: 100 },
  { field: 'title', type: 'text', autoComplete: 'off', maxLength: 100 },
  { field: 'email', type: 'email', autoComplete: 'off', maxLength: 254 },
  { field: 'mobilePhone', type: 'tel', autoComplete: 'off', maxLength: 50 },
  { field: 'workPhone', type: 'tel', autoComplete: 'off', maxLength: 50 },
  { field: 'language', type: 'text', autoComplete: 'off', maxLength: 2 },
];

/** The contact's fields: text, a role, keywords, one of the customer's addresses, notes. */
export function ContactFormFields(props: ContactFormFieldsProps) {
  const { values, errors, onChange, roles, keywords, addresses, contact, disabled } = props;
  const roleListed = contact?.roleId == null || roles.some((role) => role.id === contact.roleId);
  return (
    <div className="form-grid">
      {textInputs.map(({ field, type, autoComplete, maxLength }) => (
        <TextField
          key={field}
          label={t(contactFieldLabels[field])}
          name={field}
          type={type}
          autoComplete={autoComplete}
          maxLength={maxLength}
          value={values[field]}
          hint={field === 'language' ? t('contact.field.languageHint') : undefined}
          error={errors[field]}
          disabled={disabled}
          onChange={(event) => onChange(field, event.target.value)}
        />
      ))}
      <SelectField
        label={t(contactFieldLabels.roleId)}
        name="roleId"
        value={values.roleId}
        error={errors.roleId}
        disabled={disabled}
        onChange={(event) => onChange('roleId', event.target.value)}
      >
        <option value="">{t('contact.field.noRole')}</option>
        {!roleListed && contact?.roleId != null ? (
          <option value={String(contact.roleId)} disabled>
            {t('contact.field.disabledOption', { name: contact.roleName ?? '' })}
          </option>
        ) : null}
        {roles.map((role) => (
          <option key={role.id} value={String(role.id)}>
            {role.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t(contactFieldLabels.addressId)}
        name="addressId"
        value={values.addressId}
        error={errors.addressId}
        disabled={disabled}
        onChange={(event) => onChange('addressId', event.target.value)}
      >
        <option value="">{t('contact.field.noAddress')}</option>
        {addresses.map((address) => (
          <option key={address.id} value={String(address.id)}>
            {addressSummary(address)}
          </option>
        ))}
      </SelectField>
      <KeywordPicker
        label={t(contactFieldLabels.keywordIds)}
        value={values.keywordIds}
        onChange={(value) => onChange('keywordIds', value)}
        options={keywords}
        current={contact?.keywords ?? []}
        error={errors.keywordIds}
        disabled={disabled}
      />
      <Field label={t(contactFieldLabels.notes)} error={errors.notes} className="field--wide">
        {({ inputId, describedBy, invalid }) => (
          <textarea
            id={inputId}
            className="input"
            name="notes"
            rows={3}
            maxLength={2000}
            value={values.notes}
            disabled={disabled}
            aria-invalid={invalid || undefined}
            aria-describedby={describedBy}
            onChange={(event) => onChange('notes', event.target.value)}
          />
        )}
      </Field>
    </div>
  );
}
