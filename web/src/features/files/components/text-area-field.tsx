import { Field } from '@/components/ui/field';

interface TextAreaFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  disabled?: boolean;
  rows?: number;
}

/** A labelled multi-line field with its error (descriptions of files and links). */
export function TextAreaField({
  label,
  value,
  onChange,
  error,
  disabled,
  rows,
}: TextAreaFieldProps) {
  return (
    <Field label={label} error={error}>
      {({ inputId, describedBy, invalid }) => (
        <textarea
          id={inputId}
          className="input"
          rows={rows ?? 3}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          value={value}
          disabled={disabled}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
