import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { FormAlert } from '@/components/ui/states';
import { TextField } from '@/components/ui/text-field';
import { notify } from '@/components/ui/toast';
import { isApiError } from '@/lib/api-error';
import { describeError } from '@/lib/describe-error';
import { t } from '@/lib/i18n';
import type { ActivityKind } from '../api/activity-schema';
import { useCreateActivityType } from '../api/activity-types';
import { kindLabels } from './activity-type-table';

/** Kind, name and "Add": a duplicate (409) or a bad name (422) is said at the field. */
export function NewActivityTypeForm() {
  const create = useCreateActivityType();
  const [kind, setKind] = useState<ActivityKind>('todo');
  const [name, setName] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);
  const fields = isApiError(create.error) ? create.error.fieldMessages() : {};
  const atField = fields.name ?? fields.kind;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (name.trim() === '') {
      setLocalError(t('settings.nameRequired'));
      return;
    }
    create.mutate(
      { kind, name: name.trim() },
      {
        onSuccess: (type) => {
          notify(t('settings.added', { name: type.name }), 'success');
          setName('');
          create.reset();
        },
      },
    );
  }

  return (
    <form
      className="inline-form"
      onSubmit={onSubmit}
      noValidate
      aria-label={t('activityTypes.new')}
    >
      {create.isError && !atField ? <FormAlert>{describeError(create.error)}</FormAlert> : null}
      <SelectField
        label={t('activityTypes.column.kind')}
        name="kind"
        value={kind}
        error={fields.kind}
        onChange={(event) => setKind(event.target.value as ActivityKind)}
      >
        <option value="todo">{t(kindLabels.todo)}</option>
        <option value="calendar">{t(kindLabels.calendar)}</option>
      </SelectField>
      <TextField
        label={t('settings.newName')}
        name="name"
        autoComplete="off"
        maxLength={100}
        value={name}
        error={localError ?? fields.name}
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
