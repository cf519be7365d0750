import { TextField } from '@/components/ui/text-field';
import { t } from '@/lib/i18n';
import { addressUses, type AddressUse } from '../api/address-schema';
import {
  addressFieldLabels,
  formatUses,
  parseUses,
  useLabels,
  type AddressFormField,
  type AddressFormValues,
} from '../lib/address-form';

interface AddressFormFieldsProps {
  values: AddressFormValues;
  errors: Partial<Record<AddressFormField, string>>;
  onChange: (field: AddressFormField, value: string) => void;
  disabled?: boolean;
}

const textInputs: {
  field: Exclude<AddressFormField, 'uses'>;
  autoComplete: string;
  type?: string;
  maxLength: number;
  hint?: 'address.field.countryHint';
}[] = [
  { field: 'street1', autoComplete: 'address-line1', maxLength: 200 },
  { field: 'street2', autoComplete: 'address-line2', maxLength: 200 },
  { field: 'street3', autoComplete: 'address-line3', maxLength: 200 },
  { field: 'postalCode', autoComplete: 'postal-code', maxLength: 20 },
  { field: 'city', autoComplete: 'address-level2', maxLength: 100 },
  { field: 'region', autoComplete: 'address-level1', maxLength: 100 },
  { field: 'country', autoComplete: 'country', maxLength: 2, hint: 'address.field.countryHint' },
  { field: 'phone', autoComplete: 'tel', type: 'tel', maxLength: 50 },
];

/** The address fields, with the server's message at each, and the uses as checkboxes. */
export function AddressFormFields({ values, errors, onChange, disabled }: AddressFormFieldsProps) {
  const uses = parseUses(values.uses);
  function toggle(use: AddressUse, on: boolean) {
    const next = on ? [...uses, use] : uses.filter((item) => item !== use);
    onChange('uses', formatUses(next));
  }
  return (
    <div className="form-grid">
      {textInputs.map(({ field, autoComplete, type, maxLength, hint }) => (
        <TextField
          key={field}
          label={t(addressFieldLabels[field])}
          name={field}
          type={type ?? 'text'}
          autoComplete={autoComplete}
          maxLength={maxLength}
          required={field === 'street1'}
          value={values[field]}
          hint={hint ? t(hint) : undefined}
          error={errors[field]}
          disabled={disabled}
          onChange={(event) => onChange(field, event.target.value)}
        />
      ))}
      <fieldset className="checkbox-group">
        <legend className="field__label">{t(addressFieldLabels.uses)}</legend>
        {addressUses.map((use) => (
          <label key={use} className="checkbox">
            <input
              type="checkbox"
              name="uses"
              value={use}
              checked={uses.includes(use)}
              disabled={disabled}
              onChange={(event) => toggle(use, event.target.checked)}
            />
            {t(useLabels[use])}
          </label>
        ))}
        {errors.uses ? <p className="field__error">{errors.uses}</p> : null}
      </fieldset>
    </div>
  );
}
