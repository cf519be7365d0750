import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { FormAlert, LoadingState } from '@/components/ui/states';
import { TextField } from '@/components/ui/text-field';
import { notify } from '@/components/ui/toast';
import { isApiError } from '@/lib/api-error';
import { describeError } from '@/lib/describe-error';
import { t } from '@/lib/i18n';
import { taskSchema, type Task } from '../api/board-schema';
import {
  useSaveTask,
  useTask,
  useTaskStatusOptions,
  useUserOptions,
  type ProjectOption,
} from '../api/task-api';
import {
  buildTaskCreateBody,
  buildTaskPatchBody,
  emptyTaskForm,
  localTaskErrors,
  toTaskFormValues,
  type TaskFormField,
  type TaskFormValues,
} from '../lib/task-form';

interface TaskDialogProps {
  /** The task to edit, or null to add one. */
  taskId: number | null;
  /** Adding on a project's board: that project; on the customer's board the user picks one. */
  projectId: number | null;
  projects: ProjectOption[];
  canEdit: boolean;
  onClose: () => void;
}

/** Add or edit a task: name, description, status, assignee, due date, estimate. */
export function TaskDialog(props: TaskDialogProps) {
  const task = useTask(props.taskId);
  const title = props.taskId === null ? t('task.new.title') : t('task.edit.title');
  return (
    <Dialog
      open
      onOpenChange={(open) => (open ? null : props.onClose())}
      title={title}
      size="large"
    >
      {props.taskId !== null && task.isPending ? <LoadingState label={t('app.loading')} /> : null}
      {task.isError ? <FormAlert>{describeError(task.error)}</FormAlert> : null}
      {props.taskId === null || task.data ? <TaskForm {...props} task={task.data ?? null} /> : null}
    </Dialog>
  );
}

function TaskForm({
  task,
  projectId,
  projects,
  canEdit,
  onClose,
}: TaskDialogProps & { task: Task | null }) {
  const statuses = useTaskStatusOptions();
  const users = useUserOptions();
  const save = useSaveTask();
  const [base, setBase] = useState(() => ({
    values: task
      ? toTaskFormValues(task)
      : { ...emptyTaskForm, projectId: projectId === null ? '' : String(projectId) },
    version: task?.version ?? 0,
  }));
  const [values, setValues] = useState<TaskFormValues>(base.values);
  const [errors, setErrors] = useState<Partial<Record<TaskFormField, string>>>({});
  const [conflict, setConflict] = useState<Task | null>(null);
  const needsProject = task === null && projectId === null;
  const readOnly = !canEdit;

  const serverErrors = isApiError(save.error) ? save.error.fieldMessages() : {};
  const shown = { ...serverErrors, ...errors } as Partial<Record<TaskFormField, string>>;
  const formError =
    save.isError && !conflict && Object.keys(serverErrors).length === 0
      ? describeError(save.error)
      : null;

  function set(field: TaskFormField, value: string) {
    setValues((previous) => ({ ...previous, [field]: value }));
    setErrors((previous) => ({ ...previous, [field]: undefined }));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const local: Partial<Record<TaskFormField, string>> = {};
    for (const [field, key] of Object.entries(localTaskErrors(values, needsProject))) {
      local[field as TaskFormField] = t(key);
    }
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    const done = () => {
      notify(
        task ? t('card.saved') : t('task.new.created', { name: values.name.trim() }),
        'success',
      );
      onClose();
    };
    if (!task) {
      save.mutate(
        { kind: 'create', projectId: Number(values.projectId), body: buildTaskCreateBody(values) },
        { onSuccess: done },
      );
      return;
    }
    const patch = buildTaskPatchBody(base.values, values);
    if (Object.keys(patch).length === 0) return onClose();
    save.mutate(
      { kind: 'update', id: task.id, body: { ...patch, version: base.version } },
      {
        onSuccess: done,
        onError: (error) => {
          if (!isApiError(error) || error.status !== 409) return;
          const current = taskSchema.safeParse(error.current);
          if (current.success) setConflict(current.data);
        },
      },
    );
  }

  function loadTheirs() {
    if (!conflict) return;
    const saved = toTaskFormValues(conflict);
    const mine = buildTaskPatchBody(base.values, values);
    const merged = { ...saved };
    for (const field of Object.keys(mine) as TaskFormField[]) merged[field] = values[field];
    setBase({ values: saved, version: conflict.version });
    setValues(merged);
    setConflict(null);
    save.reset();
  }

  const select = (
    field: TaskFormField,
    label: string,
    options: { id: number; name: string }[],
    empty?: string,
  ) => (
    <SelectField
      label={label}
      name={field}
      value={values[field]}
      error={shown[field]}
      disabled={readOnly || save.isPending}
      onChange={(event) => set(field, event.target.value)}
    >
      {empty !== undefined ? <option value="">{empty}</option> : null}
      {options.map((option) => (
        <option key={option.id} value={String(option.id)}>
          {option.name}
        </option>
      ))}
    </SelectField>
  );

  return (
    <form onSubmit={onSubmit} noValidate>
      {conflict ? (
        <div className="conflict" role="alert">
          <p className="conflict__title">
            {t('task.conflict', { name: conflict.updatedBy?.name ?? t('common.none') })}
          </p>
          <div className="conflict__actions">
            <Button variant="primary" onClick={loadTheirs}>
              {t('card.conflict.reload')}
            </Button>
            <Button onClick={onClose}>{t('card.conflict.discard')}</Button>
          </div>
        </div>
      ) : null}
      {formError ? <FormAlert>{formError}</FormAlert> : null}
      <div className="form-grid">
        {needsProject
          ? select('projectId', t('task.field.project'), projects, t('task.field.chooseProject'))
          : null}
        <TextField
          label={t('task.field.name')}
          name="name"
          required
          value={values.name}
          error={shown.name}
          disabled={readOnly || save.isPending}
          onChange={(event) => set('name', event.target.value)}
        />
        {select(
          'statusId',
          t('task.field.status'),
          statuses.data ?? [],
          task ? undefined : t('task.field.defaultStatus'),
        )}
        {select(
          'assigneeId',
          t('task.field.assignee'),
          users.data ?? [],
          t('project.field.nobody'),
        )}
        <TextField
          label={t('task.field.dueDate')}
          name="dueDate"
          type="date"
          value={values.dueDate}
          error={shown.dueDate}
          disabled={readOnly || save.isPending}
          onChange={(event) => set('dueDate', event.target.value)}
        />
        <TextField
          label={t('task.field.estimate')}
          name="estimateMinutes"
          inputMode="numeric"
          value={values.estimateMinutes}
          error={shown.estimateMinutes}
          disabled={readOnly || save.isPending}
          onChange={(event) => set('estimateMinutes', event.target.value)}
        />
        <Field
          label={t('task.field.description')}
          error={shown.description}
          className="form-grid__wide"
        >
          {({ inputId, describedBy, invalid }) => (
            <textarea
              id={inputId}
              className="input"
              rows={3}
              aria-invalid={invalid || undefined}
              aria-describedby={describedBy}
              value={values.description}
              disabled={readOnly || save.isPending}
              onChange={(event) => set('description', event.target.value)}
            />
          )}
        </Field>
      </div>
      <div className="dialog__actions">
        <Button onClick={onClose}>{readOnly ? t('common.close') : t('common.cancel')}</Button>
        {readOnly ? null : (
          <Button type="submit" variant="primary" disabled={save.isPending || conflict !== null}>
            {save.isPending ? t('common.saving') : task ? t('common.save') : t('task.new.submit')}
          </Button>
        )}
      </div>
    </form>
  );
}
