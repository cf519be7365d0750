import type { KeyboardEvent, Ref } from 'react';
import { Field } from '@/components/ui/field';
import { getIntlTag, t } from '@/lib/i18n';
import { isSaveShortcut, noteCounter, noteMaxLength } from '../lib/note-rules';

interface NoteTextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Ctrl/Cmd+Enter. */
  onSave: () => void;
  /** Escape, where the field has a way out (editing). */
  onCancel?: () => void;
  error?: string;
  /** While saving: the text stays put and the focus stays in the box. */
  busy?: boolean;
  textareaRef?: Ref<HTMLTextAreaElement>;
  rows?: number;
}

/** A note's text box: label, the Ctrl/Cmd+Enter hint, the error, and a counter near the limit. */
export function NoteTextField(props: NoteTextFieldProps) {
  const { label, value, onChange, onSave, onCancel, error, busy, textareaRef, rows } = props;
  const counter = noteCounter(value);

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (isSaveShortcut(event)) {
      event.preventDefault();
      onSave();
    } else if (event.key === 'Escape' && onCancel) {
      event.preventDefault();
      onCancel();
    }
  }

  return (
    <Field label={label} hint={t('notes.shortcutHint')} error={error} className="note-field">
      {({ inputId, describedBy, invalid }) => (
        <>
          <textarea
            ref={textareaRef}
            id={inputId}
            className="input note-field__input"
            rows={rows ?? 3}
            value={value}
            readOnly={busy}
            aria-busy={busy || undefined}
            aria-invalid={invalid || counter.over || undefined}
            aria-describedby={
              [describedBy, counter.visible ? `${inputId}-counter` : null]
                .filter(Boolean)
                .join(' ') || undefined
            }
            onChange={(event) => onChange(event.target.value)}
            onKeyDown={onKeyDown}
          />
          {counter.visible ? (
            <p
              id={`${inputId}-counter`}
              className={counter.over ? 'note-counter note-counter--over' : 'note-counter'}
            >
              {t('notes.counter', {
                count: counter.length.toLocaleString(getIntlTag()),
                max: noteMaxLength.toLocaleString(getIntlTag()),
              })}
            </p>
          ) : null}
        </>
      )}
    </Field>
  );
}
