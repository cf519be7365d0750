import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { notify } from '@/components/ui/toast';
import { describeError } from '@/lib/describe-error';
import { isApiError } from '@/lib/api-error';
import { t } from '@/lib/i18n';
import { useCreateListItem } from '../api/list-items';
import type { SettingsList } from '../api/list-item-schema';

/** A name field and "Add": a duplicate name (409) or a bad one (422) is shown at the field. */
export function NewItemForm({ list, label }: { list: SettingsList; label: string }) {
  const create = useCreateListItem(list);
  const [name, setName] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);
  const serverError = create.isError
    ? isApiError(create.error) && create.error.fields.length > 0
      ? create.error.message
      : describeError(create.error)
    : undefined;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (name.trim() === '') {
      setLocalError(t('settings.nameRequired'));
      return;
    }
    create.mutate(name.trim(), {
      onSuccess: (item) => {
        notify(t('settings.added', { name: item.name }), 'success');
        setName('');
        create.reset();
      },
    });
  }

  return (
    <form className="inline-form" onSubmit={onSubmit} noValidate>
      <TextField
        label={label}
        name="name"
        autoComplete="off"
        maxLength={100}
        value={name}
        error={localError ?? serverError}
        onChange={(event) => {
          setName(event.target.value);
          setLocalError(null);
        }}
      />
      <Button type="submit" variant="primary" disabled={create.isPending}>
        {create.isPending ? t('settings.adding') : t('settings.add')}
      </Button>
    </form>
  );
}
