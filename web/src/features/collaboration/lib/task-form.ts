import type { MessageKey } from '@/lib/i18n';
import type { Task } from '../api/board-schema';

export const taskFormFields = [
  'projectId',
  'name',
  'description',
  'statusId',
  'assigneeId',
  'dueDate',
  'estimateMinutes',
] as const;
export type TaskFormField = (typeof taskFormFields)[number];
export type TaskFormValues = Record<TaskFormField, string>;

export interface TaskBody {
  name?: string;
  description?: string | null;
  statusId?: number;
  assigneeId?: number | null;
  dueDate?: string | null;
  estimateMinutes?: number | null;
}

export const emptyTaskForm: TaskFormValues = {
  projectId: '',
  name: '',
  description: '',
  statusId: '',
  assigneeId: '',
  dueDate: '',
  estimateMinutes: '',
};

export function toTaskFormValues(task: Task): TaskFormValues {
  return {
    projectId: String(task.projectId),
    name: task.name,
    description: task.description ?? '',
    statusId: String(task.statusId),
    assigneeId: task.assigneeId === null ? '' : String(task.assigneeId),
    dueDate: task.dueDate ?? '',
    estimateMinutes: task.estimateMinutes === null ? '' : String(task.estimateMinutes),
  };
}

function full(values: TaskFormValues): Required<TaskBody> {
  const text = (value: string) => (value.trim() === '' ? null : value.trim());
  const id = (value: string) => (value.trim() === '' ? null : Number(value));
  return {
    name: values.name.trim(),
    description: text(values.description),
    statusId: Number(values.statusId),
    assigneeId: id(values.assigneeId),
    dueDate: text(values.dueDate),
    estimateMinutes: id(values.estimateMinutes),
  };
}

/** `POST /projects/{id}/tasks`: filled-in fields; an unchosen status is the default one. */
export function buildTaskCreateBody(values: TaskFormValues): TaskBody {
  const body: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(full(values))) {
    if (value === null || (key === 'statusId' && values.statusId === '')) continue;
    body[key] = value;
  }
  return body as TaskBody;
}

/** `PATCH /tasks/{id}` without the version: only what changed. */
export function buildTaskPatchBody(base: TaskFormValues, values: TaskFormValues): TaskBody {
  const before = full(base);
  const after = full(values);
  const body: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof TaskBody)[]) {
    if (before[key] !== after[key]) body[key] = after[key];
  }
  return body as TaskBody;
}

export function localTaskErrors(
  values: TaskFormValues,
  needsProject: boolean,
): Partial<Record<TaskFormField, MessageKey>> {
  const errors: Partial<Record<TaskFormField, MessageKey>> = {};
  if (needsProject && values.projectId === '') errors.projectId = 'task.validation.project';
  if (values.name.trim() === '') errors.name = 'task.validation.name';
  const estimate = values.estimateMinutes.trim();
  if (estimate !== '' && !(/^\d{1,7}$/.test(estimate) && Number(estimate) <= 1_000_000)) {
    errors.estimateMinutes = 'task.validation.estimate';
  }
  return errors;
}
