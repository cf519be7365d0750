import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { t } from '@/lib/i18n';

interface EntryDescriptionDialogProps {
  /** What the entry is, e.g. "Intranet · Design, Monday 30 Nov 2026"; null when closed. */
  cellLabel: string | null;
  description: string;
  onSave: (description: string) => void;
  onClose: () => void;
}

/** The description of one hour entry, asked for on demand from its cell. */
export function EntryDescriptionDialog(props: EntryDescriptionDialogProps) {
  const { cellLabel, description, onSave, onClose } = props;
  return (
    <Dialog
      open={cellLabel !== null}
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      title={t('hours.describe.title')}
      description={cellLabel ?? undefined}
    >
      {cellLabel !== null ? (
        <DescriptionForm initial={description} onSave={onSave} onClose={onClose} />
      ) : null}
    </Dialog>
  );
}

function DescriptionForm({
  initial,
  onSave,
  onClose,
}: {
  initial: string;
  onSave: (description: string) => void;
  onClose: () => void;
}) {
  const [text, setText] = useState(initial);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (text.trim() !== initial) onSave(text.trim());
    onClose();
  }
  return (
    <form onSubmit={onSubmit}>
      <Field label={t('hours.describe.label')}>
        {({ inputId, describedBy }) => (
          <textarea
            id={inputId}
            className="input"
            rows={4}
            maxLength={2000}
            aria-describedby={describedBy}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        )}
      </Field>
      <div className="dialog__actions">
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="submit" variant="primary">
          {t('common.save')}
        </Button>
      </div>
    </form>
  );
}
