import { t } from '@/lib/i18n';
import type { NamedRef } from '../api/contact-schema';
import type { ContactOption } from '../api/get-contact-options';
import { formatIdList, parseIdList } from '../lib/form-values';

interface KeywordPickerProps {
  label: string;
  /** Comma-joined ids of the chosen keywords. */
  value: string;
  onChange: (value: string) => void;
  /** The organization's active keywords. */
  options: ContactOption[];
  /** The contact's keywords as saved: a disabled one stays listed while the contact has it. */
  current: NamedRef[];
  error?: string;
  disabled?: boolean;
}

/** Several keywords as checkboxes; a disabled keyword can be taken away but not given anew. */
export function KeywordPicker(props: KeywordPickerProps) {
  const { label, value, onChange, options, current, error, disabled } = props;
  const chosen = parseIdList(value);
  const activeIds = new Set(options.map((option) => option.id));
  const retired = current.filter((keyword) => !activeIds.has(keyword.id));
  const all = [
    ...options.map((option) => ({ id: option.id, name: option.name, retired: false })),
    ...retired.map((keyword) => ({ id: keyword.id, name: keyword.name, retired: true })),
  ];
  function toggle(id: number, on: boolean) {
    onChange(formatIdList(on ? [...chosen, id] : chosen.filter((item) => item !== id)));
  }
  return (
    <fieldset className={`checkbox-group checkbox-group--wide${error ? ' field--invalid' : ''}`}>
      <legend className="field__label">{label}</legend>
      {all.length === 0 ? <p className="field__hint">{t('contact.field.noKeywords')}</p> : null}
      {all.map((keyword) => (
        <label key={keyword.id} className="checkbox">
          <input
            type="checkbox"
            name="keywordIds"
            value={String(keyword.id)}
            checked={chosen.includes(keyword.id)}
            // A disabled keyword can only be removed; once removed it cannot come back.
            disabled={disabled || (keyword.retired && !chosen.includes(keyword.id))}
            aria-invalid={error ? true : undefined}
            onChange={(event) => toggle(keyword.id, event.target.checked)}
          />
          {keyword.retired
            ? t('contact.field.disabledOption', { name: keyword.name })
            : keyword.name}
        </label>
      ))}
      {error ? <p className="field__error">{error}</p> : null}
    </fieldset>
  );
}
