import { useEffect, type FormEvent, type RefObject } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { FormAlert } from '@/components/ui/states';
import { notify } from '@/components/ui/toast';
import { VersionConflictNotice } from '@/components/ui/version-conflict-notice';
import { describeError } from '@/lib/describe-error';
import { t } from '@/lib/i18n';
import type { Activity, ActivityKind, ActivityScope } from '../api/activity-schema';
import {
  useActivityTypes,
  useContactOptions,
  useProjectOptions,
  useUserOptions,
} from '../api/get-options';
import { useCreateActivity, useUpdateActivity } from '../api/save-activity';
import {
  activityFieldLabels,
  buildActivityCreateBody,
  buildActivityPatchBody,
  changedActivityFields,
  emptyActivityForm,
  localActivityErrors,
  splitActivityErrors,
  toActivityFormValues,
} from '../lib/activity-form';
import { useActivityForm } from '../lib/use-activity-form';
import { ActivityFormFields, type ActivityFormOptions } from './activity-form-fields';

interface ActivityDialogProps {
  scope: ActivityScope;
  customerId: number;
  userId: number;
  kind: ActivityKind;
  /** The activity to edit; none for a new one. */
  activity: Activity | null;
  onClose: () => void;
  returnFocusRef?: RefObject<HTMLElement | null>;
}

const titles = {
  todo: { add: 'activity.addTodo', edit: 'activity.editTodo' },
  calendar: { add: 'activity.addCalendar', edit: 'activity.editCalendar' },
} as const;

/** "Add to-do", "Add calendar entry" and their "Edit …". */
export function ActivityDialog(props: ActivityDialogProps) {
  const { kind, activity, onClose, returnFocusRef } = props;
  return (
    <Dialog
      open
      onOpenChange={(open) => (open ? null : onClose())}
      title={t(titles[kind][activity ? 'edit' : 'add'])}
      size="large"
      returnFocusRef={returnFocusRef}
    >
      <ActivityForm {...props} />
    </Dialog>
  );
}

function ActivityForm({ scope, customerId, userId, kind, activity, onClose }: ActivityDialogProps) {
  const types = useActivityTypes();
  const users = useUserOptions();
  const contacts = useContactOptions(customerId);
  const projects = useProjectOptions(customerId, scope.kind === 'customer');
  const create = useCreateActivity(scope);
  const update = useUpdateActivity();
  const save = activity ? update : create;
  const form = useActivityForm(
    activity
      ? toActivityFormValues(activity)
      : emptyActivityForm(kind, { ownerId: userId, now: new Date() }),
    activity?.version ?? null,
  );
  const firstType = types.data?.find((type) => type.kind === kind && type.active);
  const { values, onChange } = form;

  // A new activity starts with the first active type of its kind, once the types are known.
  useEffect(() => {
    if (!activity && values.typeId === '' && firstType) onChange('typeId', String(firstType.id));
  }, [activity, values.typeId, firstType, onChange]);

  const server = splitActivityErrors(save.error);
  const errors = { ...server.byField, ...form.localErrors };
  const busy = save.isPending;
  const owner = activity?.owner;
  const userOptions = users.data ?? [];
  const options: ActivityFormOptions = {
    types: types.data ?? [],
    users:
      owner && !userOptions.some((user) => user.id === owner.id)
        ? [...userOptions, owner]
        : userOptions,
    contacts: contacts.data ?? [],
    projects: scope.kind === 'customer' ? (projects.data ?? []) : null,
  };

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!form.validate(localActivityErrors(kind, values))) return;
    if (!activity) {
      create.mutate(buildActivityCreateBody(kind, values, scope.kind), {
        onSuccess: (saved) => {
          notify(t('activity.added', { name: saved.name }), 'success');
          onClose();
        },
        onError: form.onSaveError,
      });
      return;
    }
    const patch = buildActivityPatchBody(kind, form.base.values, values);
    if (Object.keys(patch).length === 0) {
      notify(t('activity.nothingChanged'), 'info');
      onClose();
      return;
    }
    update.mutate(
      { id: activity.id, patch: { ...patch, version: form.base.version ?? activity.version } },
      {
        onSuccess: () => {
          notify(t('activity.saved'), 'success');
          onClose();
        },
        onError: form.onSaveError,
      },
    );
  }

  const conflict = form.conflict;
  const general =
    save.error && !conflict
      ? server.other.length > 0
        ? server.other.map(({ field, message }) => `${field}: ${message}`).join('; ')
        : Object.keys(server.byField).length === 0
          ? describeError(save.error)
          : null
      : null;
  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate>
      {conflict ? (
        <VersionConflictNotice
          title={t('activity.conflict.title')}
          savedBy={conflict.updatedBy?.name ?? null}
          savedAt={conflict.updatedAt}
          rows={changedActivityFields(form.base.values, values).map((field) => ({
            field,
            label: t(activityFieldLabels[field]),
            yours: values[field],
            theirs: toActivityFormValues(conflict)[field],
          }))}
          onReload={() => {
            form.reloadKeepingMine();
            update.reset();
          }}
          onDiscard={onClose}
        />
      ) : null}
      {form.rebased ? (
        <p className="notice" role="status">
          {t('conflict.reloaded')}
        </p>
      ) : null}
      {general ? <FormAlert>{general}</FormAlert> : null}
      <ActivityFormFields
        kind={kind}
        values={values}
        errors={errors}
        onChange={onChange}
        onReplace={form.setAll}
        options={options}
        participants={(conflict ?? activity)?.participants ?? []}
        disabled={busy}
      />
      <div className="dialog__actions">
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="submit" variant="primary" disabled={busy || conflict !== null}>
          {busy ? t('common.saving') : activity ? t('common.save') : t(titles[kind].add)}
        </Button>
      </div>
    </form>
  );
}
