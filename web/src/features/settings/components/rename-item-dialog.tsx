import { useState, type FormEvent, type RefObject } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { FormAlert } from '@/components/ui/states';
import { TextField } from '@/components/ui/text-field';
import { notify } from '@/components/ui/toast';
import { isApiError } from '@/lib/api-error';
import { describeError } from '@/lib/describe-error';
import { t } from '@/lib/i18n';
import { useUpdateListItem } from '../api/list-items';
import type { ListItem, SettingsList } from '../api/list-item-schema';

interface RenameItemDialogProps {
  list: SettingsList;
  item: ListItem | null;
  onClose: () => void;
  returnFocusRef?: RefObject<HTMLElement | null>;
}

export function RenameItemDialog({ list, item, onClose, returnFocusRef }: RenameItemDialogProps) {
  return (
    <Dialog
      open={item !== null}
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      title={t('settings.rename.title', { name: item?.name ?? '' })}
      returnFocusRef={returnFocusRef}
    >
      {item ? <RenameForm list={list} item={item} onClose={onClose} /> : null}
    </Dialog>
  );
}

function RenameForm({
  list,
  item,
  onClose,
}: {
  list: SettingsList;
  item: ListItem;
  onClose: () => void;
}) {
  const update = useUpdateListItem(list, 'inline');
  const [name, setName] = useState(item.name);
  const [localError, setLocalError] = useState<string | null>(null);
  const error = update.error;
  // A duplicate name or a bad one is said at the field; a stale version or the rest above it.
  const atField = isApiError(error) && error.fields.some((field) => field.field === 'name');

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (name.trim() === '') {
      setLocalError(t('settings.nameRequired'));
      return;
    }
    if (name.trim() === item.name) {
      onClose();
      return;
    }
    update.mutate(
      { id: item.id, patch: { version: item.version, name: name.trim() } },
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
        error={localError ?? (atField && isApiError(error) ? error.message : undefined)}
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
