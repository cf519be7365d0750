import { useState, type FormEvent, type RefObject } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { FormAlert } from '@/components/ui/states';
import { TextField } from '@/components/ui/text-field';
import { notify } from '@/components/ui/toast';
import { isApiError } from '@/lib/api-error';
import { describeError } from '@/lib/describe-error';
import { t } from '@/lib/i18n';
import type { ActivityType } from '../api/activity-schema';
import { useUpdateActivityType } from '../api/activity-types';

interface RenameActivityTypeDialogProps {
  type: ActivityType | null;
  onClose: () => void;
  returnFocusRef?: RefObject<HTMLElement | null>;
}

export function RenameActivityTypeDialog({
  type,
  onClose,
  returnFocusRef,
}: RenameActivityTypeDialogProps) {
  return (
    <Dialog
      open={type !== null}
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      title={t('settings.rename.title', { name: type?.name ?? '' })}
      returnFocusRef={returnFocusRef}
    >
      {type ? <RenameForm type={type} onClose={onClose} /> : null}
    </Dialog>
  );
}

function RenameForm({ type, onClose }: { type: ActivityType; onClose: () => void }) {
  const update = useUpdateActivityType('inline');
  const [name, setName] = useState(type.name);
  const [localError, setLocalError] = useState<string | null>(null);
  const error = update.error;
  // A duplicate or bad name is said at the field; a stale version or the rest above it.
  const atField = isApiError(error) ? error.fieldMessages().name : undefined;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (name.trim() === '') {
      setLocalError(t('settings.nameRequired'));
      return;
    }
    if (name.trim() === type.name) {
      onClose();
      return;
    }
    update.mutate(
      { id: type.id, patch: { version: type.version, name: name.trim() } },
      {
        onSuccess: (saved) => {
          notify(t('settings.renamed', { name: saved.name }), 'success');
          onClose();
        },
      },
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      {update.isError && !atField ? <FormAlert>{describeError(error)}</FormAlert> : null}
      <TextField
        label={t('settings.rename.label')}
        name="name"
        autoComplete="off"
        maxLength={100}
        value={name}
        error={localError ?? atField}
        onChange={(event) => {
          setName(event.target.value);
          setLocalError(null);
        }}
      />
      <div className="dialog__actions">
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="submit" variant="primary" disabled={update.isPending}>
          {update.isPending ? t('common.saving') : t('common.save')}
        </Button>
      </div>
    </form>
  );
}
