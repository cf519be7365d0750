import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { FormAlert } from '@/components/ui/states';
import { TextField } from '@/components/ui/text-field';
import { notify } from '@/components/ui/toast';
import { VersionConflictNotice } from '@/components/ui/version-conflict-notice';
import { isApiError } from '@/lib/api-error';
import { describeError } from '@/lib/describe-error';
import { t, type MessageKey } from '@/lib/i18n';
import { useUpdateHourEntry } from '../api/edit-hour-entry';
import { useWorkTypeOptions } from '../api/get-hour-pickers';
import { hourEntrySchema, type HourEntry } from '../api/hour-schema';
import {
  entryFieldOf,
  entryFields,
  entryToValues,
  maxEntryDescriptionLength,
  planEntryPatch,
  type EntryField,
  type EntryFormValues,
} from '../lib/entry-edit';

const fieldLabels: Record<EntryField, MessageKey> = {
  date: 'projectHours.column.date',
  hours: 'projectHours.column.hours',
  workTypeId: 'projectHours.column.workType',
  description: 'projectHours.column.description',
  billable: 'projectHours.column.billable',
};

/** Edits one hour entry of the project's Hours list; null `entry` is closed. */
export function HourEntryDialog(props: {
  projectId: number;
  entry: HourEntry | null;
  onClose: () => void;
}) {
  const { projectId, entry, onClose } = props;
  return (
    <Dialog
      open={entry !== null}
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      title={t('entryEdit.title')}
    >
      {entry ? (
        <EntryForm key={entry.id} projectId={projectId} entry={entry} onClose={onClose} />
      ) : null}
    </Dialog>
  );
}

function EntryForm(props: { projectId: number; entry: HourEntry; onClose: () => void }) {
  const { projectId, onClose } = props;
  const save = useUpdateHourEntry(projectId);
  const workTypes = useWorkTypeOptions();
  const [base, setBase] = useState(props.entry);
  const [values, setValues] = useState<EntryFormValues>(() => entryToValues(props.entry));
  const [local, setLocal] = useState<Partial<Record<EntryField, string>>>({});
  const [conflict, setConflict] = useState<HourEntry | null>(null);
  const server: Partial<Record<EntryField, string>> = {};
  if (isApiError(save.error)) {
    for (const { field, message } of save.error.fields) {
      const formField = entryFieldOf(field);
      if (formField) server[formField] ??= message;
    }
  }
  const errorOf = (field: EntryField) => local[field] ?? server[field];
  const unplaced = save.isError && !conflict && Object.keys(server).length === 0;
  // An entry's work type may have been disabled since; it stays choosable for that entry.
  const typeOptions = [...(workTypes.data ?? [])];
  if (!typeOptions.some((type) => type.id === base.workTypeId)) {
    typeOptions.unshift({
      id: base.workTypeId,
      name: base.workTypeName ?? String(base.workTypeId),
      billable: base.billable,
      isActive: false,
    });
  }

  function set(field: EntryField, value: string) {
    setValues((current) => ({ ...current, [field]: value }));
    setLocal((current) => ({ ...current, [field]: undefined }));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const plan = planEntryPatch(base, values, base.version);
    if (!plan.ok) {
      setLocal(
        Object.fromEntries(Object.entries(plan.errors).map(([field, key]) => [field, t(key)])),
      );
      return;
    }
    if (Object.keys(plan.patch).length === 1) {
      onClose();
      return;
    }
    save.mutate(
      { id: base.id, patch: plan.patch },
      {
        onSuccess: () => {
          notify(t('entryEdit.saved'), 'success');
          onClose();
        },
        onError: (error) => {
          if (!isApiError(error) || error.status !== 409) return;
          const current = hourEntrySchema.safeParse(error.current);
          if (current.success) setConflict(current.data);
        },
      },
    );
  }

  const theirs = conflict ? entryToValues(conflict) : null;
  const leave = (keepMine: boolean) => {
    if (!conflict || !theirs) return;
    setBase(conflict);
    if (!keepMine) setValues(theirs);
    setConflict(null);
    save.reset();
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      {conflict && theirs ? (
        <VersionConflictNotice
          title={t('entryEdit.conflict')}
          savedBy={conflict.updatedBy?.name ?? null}
          savedAt={conflict.updatedAt ?? ''}
          rows={entryFields
            .filter((field) => theirs[field] !== values[field])
            .map((field) => ({
              field,
              label: t(fieldLabels[field]),
              yours: values[field],
              theirs: theirs[field],
            }))}
          onReload={() => leave(true)}
          onDiscard={() => leave(false)}
        />
      ) : null}
      {unplaced ? <FormAlert>{describeError(save.error)}</FormAlert> : null}
      <div className="form-row">
        <TextField
          label={t(fieldLabels.date)}
          type="date"
          required
          value={values.date}
          error={errorOf('date')}
          onChange={(event) => set('date', event.target.value)}
        />
        <TextField
          label={t(fieldLabels.hours)}
          hint={t('entryEdit.hoursHint')}
          inputMode="decimal"
          required
          value={values.hours}
          error={errorOf('hours')}
          onChange={(event) => set('hours', event.target.value)}
        />
      </div>
      <SelectField
        label={t(fieldLabels.workTypeId)}
        value={values.workTypeId}
        error={errorOf('workTypeId')}
        onChange={(event) => set('workTypeId', event.target.value)}
      >
        {typeOptions.map((type) => (
          <option key={type.id} value={type.id}>
            {type.name}
          </option>
        ))}
      </SelectField>
      <Field label={t(fieldLabels.description)} error={errorOf('description')}>
        {({ inputId, describedBy, invalid }) => (
          <textarea
            id={inputId}
            className="input"
            rows={3}
            maxLength={maxEntryDescriptionLength}
            aria-invalid={invalid || undefined}
            aria-describedby={describedBy}
            value={values.description}
            onChange={(event) => set('description', event.target.value)}
          />
        )}
      </Field>
      <SelectField
        label={t(fieldLabels.billable)}
        value={values.billable}
        error={errorOf('billable')}
        onChange={(event) => set('billable', event.target.value)}
      >
        <option value="true">{t('money.yes')}</option>
        <option value="false">{t('money.no')}</option>
      </SelectField>
      <div className="dialog__actions">
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="submit" variant="primary" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('common.save')}
        </Button>
      </div>
    </form>
  );
}
