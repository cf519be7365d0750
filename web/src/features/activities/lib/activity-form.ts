import { isApiError } from '@/lib/api-error';
import type { MessageKey } from '@/lib/i18n';
import type { Activity, ActivityBody, ActivityKind, ParticipantRef } from '../api/activity-schema';
import {
  allDayToIso,
  defaultSlot,
  fromLocalParts,
  isDate,
  isoToAllDay,
  isTime,
  toLocalParts,
  userTimeZone,
} from './activity-time';

/** The fields of the activity dialog, in form order; each holds the text of its control. */
export const activityFormFields = [
  'typeId',
  'name',
  'dueDate',
  'dueTime',
  'allDay',
  'startDate',
  'startTime',
  'endDate',
  'endTime',
  'location',
  'ownerId',
  'participants',
  'projectId',
  'description',
] as const;
export type ActivityFormField = (typeof activityFormFields)[number];
/** `allDay` is `"true"` or `""`; `participants` is a sorted, comma-joined `user:7,contact:77`. */
export type ActivityFormValues = Record<ActivityFormField, string>;

export const activityFieldLabels: Record<ActivityFormField, MessageKey> = {
  typeId: 'activity.field.type',
  name: 'activity.field.name',
  dueDate: 'activity.field.dueDate',
  dueTime: 'activity.field.dueTime',
  allDay: 'activity.field.allDay',
  startDate: 'activity.field.startDate',
  startTime: 'activity.field.startTime',
  endDate: 'activity.field.endDate',
  endTime: 'activity.field.endTime',
  location: 'activity.field.location',
  ownerId: 'activity.field.owner',
  participants: 'activity.field.participants',
  projectId: 'activity.field.project',
  description: 'activity.field.description',
};

const blank: ActivityFormValues = Object.fromEntries(
  activityFormFields.map((field) => [field, '']),
) as ActivityFormValues;

export function participantToken(participant: ParticipantRef): string {
  return `${participant.type}:${participant.id}`;
}

/** `"contact:77,user:7"` → the participant list of a request body. */
export function parseParticipants(text: string): ParticipantRef[] {
  const result: ParticipantRef[] = [];
  for (const token of text.split(',')) {
    const [type, id] = token.trim().split(':');
    const number = Number(id);
    if ((type === 'user' || type === 'contact') && Number.isInteger(number) && number > 0) {
      result.push({ type, id: number });
    }
  }
  return result;
}

/** Participants as form text: sorted, so the same set always reads the same. */
export function formatParticipants(participants: readonly ParticipantRef[]): string {
  return participants.map(participantToken).sort().join(',');
}

/** Adds or removes one participant token. */
export function toggleParticipant(text: string, token: string): string {
  const tokens = new Set(text === '' ? [] : text.split(','));
  if (tokens.has(token)) tokens.delete(token);
  else tokens.add(token);
  return [...tokens].sort().join(',');
}

interface NewFormOptions {
  ownerId: number | null;
  projectId?: number | null;
  now: Date;
  timeZone?: string;
}

/** A new to-do (no due date yet) or calendar entry (the next full hour, one hour long). */
export function emptyActivityForm(kind: ActivityKind, options: NewFormOptions): ActivityFormValues {
  const values: ActivityFormValues = {
    ...blank,
    ownerId: options.ownerId === null ? '' : String(options.ownerId),
    projectId: options.projectId ? String(options.projectId) : '',
  };
  if (kind === 'calendar') {
    const slot = defaultSlot(options.now, options.timeZone);
    values.startDate = slot.start.date;
    values.startTime = slot.start.time;
    values.endDate = slot.end.date;
    values.endTime = slot.end.time;
  }
  return values;
}

/** The form's text for a saved activity, in the user's time zone. */
export function toActivityFormValues(
  activity: Activity,
  timeZone = userTimeZone(),
): ActivityFormValues {
  const values: ActivityFormValues = {
    ...blank,
    typeId: String(activity.typeId),
    name: activity.name,
    description: activity.description ?? '',
    location: activity.location ?? '',
    ownerId: activity.ownerId === null ? '' : String(activity.ownerId),
    projectId: activity.projectId === null ? '' : String(activity.projectId),
    participants: formatParticipants(
      activity.participants.flatMap((p) => (p.id === null ? [] : [{ type: p.type, id: p.id }])),
    ),
  };
  if (activity.kind === 'todo' && activity.dueAt) {
    const due = toLocalParts(activity.dueAt, timeZone);
    values.dueDate = due?.date ?? '';
    values.dueTime = due && due.time !== '00:00' ? due.time : '';
  }
  if (activity.kind === 'calendar' && activity.startAt && activity.endAt) {
    values.allDay = activity.allDay ? 'true' : '';
    if (activity.allDay) {
      values.startDate = isoToAllDay(activity.startAt);
      values.endDate = isoToAllDay(activity.endAt);
    } else {
      const start = toLocalParts(activity.startAt, timeZone);
      const end = toLocalParts(activity.endAt, timeZone);
      values.startDate = start?.date ?? '';
      values.startTime = start?.time ?? '';
      values.endDate = end?.date ?? '';
      values.endTime = end?.time ?? '';
    }
  }
  return values;
}

/** Switching "all day" off needs times: 09:00–10:00 unless some were typed already. */
export function setAllDay(values: ActivityFormValues, allDay: boolean): ActivityFormValues {
  if (allDay) return { ...values, allDay: 'true' };
  return {
    ...values,
    allDay: '',
    startTime: values.startTime || '09:00',
    endTime: values.endTime || '10:00',
  };
}

const textOrNull = (text: string) => (text.trim() === '' ? null : text.trim());
const idOrNull = (text: string) => (text.trim() === '' ? null : Number(text));

/** Every field of a request body, as the form says it (nulls for empty optional fields). */
function fullBody(
  kind: ActivityKind,
  values: ActivityFormValues,
  timeZone: string,
): Required<Omit<ActivityBody, 'isDone'>> {
  const common = {
    typeId: Number(values.typeId),
    name: values.name.trim(),
    description: values.description.trim() === '' ? null : values.description.trimEnd(),
    ownerId: idOrNull(values.ownerId),
    participants: parseParticipants(values.participants),
    projectId: idOrNull(values.projectId),
  };
  if (kind === 'todo') {
    const dueAt =
      values.dueDate === ''
        ? null
        : fromLocalParts(values.dueDate, values.dueTime || '00:00', timeZone);
    return { ...common, location: null, dueAt, startAt: null, endAt: null, allDay: false };
  }
  const allDay = values.allDay === 'true';
  const startAt = allDay
    ? allDayToIso(values.startDate)
    : fromLocalParts(values.startDate, values.startTime, timeZone);
  const endAt = allDay
    ? allDayToIso(values.endDate)
    : fromLocalParts(values.endDate, values.endTime, timeZone);
  return { ...common, location: textOrNull(values.location), dueAt: null, startAt, endAt, allDay };
}

/** The fields that exist on each kind (the others are 422 when sent). */
const kindFields: Record<ActivityKind, readonly (keyof ActivityBody)[]> = {
  todo: ['typeId', 'name', 'description', 'dueAt', 'ownerId', 'participants', 'projectId'],
  calendar: [
    'typeId',
    'name',
    'description',
    'location',
    'startAt',
    'endAt',
    'allDay',
    'ownerId',
    'participants',
    'projectId',
  ],
};

export type ActivityScopeKind = 'customer' | 'project';

/**
 * `POST …/activities`: the filled-in fields of the kind. On a project's card the project is in
 * the path, so the body has no `projectId`.
 */
export function buildActivityCreateBody(
  kind: ActivityKind,
  values: ActivityFormValues,
  scope: ActivityScopeKind,
  timeZone = userTimeZone(),
): ActivityBody {
  const full = fullBody(kind, values, timeZone);
  const body: Record<string, unknown> = {};
  for (const field of kindFields[kind]) {
    const value = full[field as keyof typeof full];
    if (field === 'projectId' && scope === 'project') continue;
    if (value === null || (Array.isArray(value) && value.length === 0)) continue;
    body[field] = value;
  }
  return body as ActivityBody;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * `PATCH /activities/{id}` without the version: the changed fields (null clears one). A calendar
 * entry's start, end and all-day go together, so the server checks them as one.
 */
export function buildActivityPatchBody(
  kind: ActivityKind,
  base: ActivityFormValues,
  values: ActivityFormValues,
  timeZone = userTimeZone(),
): ActivityBody {
  const before = fullBody(kind, base, timeZone);
  const after = fullBody(kind, values, timeZone);
  const body: Record<string, unknown> = {};
  for (const field of kindFields[kind]) {
    const key = field as keyof typeof after;
    if (!same(before[key], after[key])) body[field] = after[key];
  }
  if (kind === 'calendar' && ('startAt' in body || 'endAt' in body || 'allDay' in body)) {
    body.startAt = after.startAt;
    body.endAt = after.endAt;
    body.allDay = after.allDay;
  }
  return body as ActivityBody;
}

/** Problems the browser can tell before asking the server (which checks everything again). */
export function localActivityErrors(
  kind: ActivityKind,
  values: ActivityFormValues,
  timeZone = userTimeZone(),
): Partial<Record<ActivityFormField, MessageKey>> {
  const errors: Partial<Record<ActivityFormField, MessageKey>> = {};
  if (values.typeId === '') errors.typeId = 'activity.validation.type';
  if (values.name.trim() === '') errors.name = 'activity.validation.name';
  if (kind === 'todo') {
    if (values.dueDate !== '' && !isDate(values.dueDate))
      errors.dueDate = 'activity.validation.date';
    else if (values.dueDate === '' && values.dueTime !== '')
      errors.dueDate = 'activity.validation.dueDateForTime';
    if (values.dueTime !== '' && !isTime(values.dueTime))
      errors.dueTime = 'activity.validation.time';
    return errors;
  }
  const allDay = values.allDay === 'true';
  if (!isDate(values.startDate)) errors.startDate = 'activity.validation.startRequired';
  if (!isDate(values.endDate)) errors.endDate = 'activity.validation.endRequired';
  if (!allDay && !isTime(values.startTime)) errors.startTime = 'activity.validation.time';
  if (!allDay && !isTime(values.endTime)) errors.endTime = 'activity.validation.time';
  if (Object.keys(errors).some((field) => /^(start|end)/.test(field))) return errors;
  const { startAt, endAt } = fullBody(kind, values, timeZone);
  if (startAt && endAt && Date.parse(endAt) < Date.parse(startAt)) {
    errors.endDate = 'activity.validation.endBeforeStart';
  }
  return errors;
}

/** Where the form shows a field error of the API (`dueAt` → the due date control, …). */
export function formFieldOf(apiField: string): string {
  if (apiField === 'dueAt') return 'dueDate';
  if (apiField === 'startAt') return 'startDate';
  if (apiField === 'endAt') return 'endDate';
  if (apiField.startsWith('participants')) return 'participants';
  return apiField;
}

/** A refused save's field errors: those the form shows at a control, and the rest (above it). */
export function splitActivityErrors(error: unknown) {
  const byField: Partial<Record<ActivityFormField, string>> = {};
  const other: { field: string; message: string }[] = [];
  if (!isApiError(error)) return { byField, other };
  const known = new Set<string>(activityFormFields);
  for (const [apiField, message] of Object.entries(error.fieldMessages())) {
    const field = formFieldOf(apiField);
    if (known.has(field)) byField[field as ActivityFormField] ??= message;
    else other.push({ field: apiField, message });
  }
  return { byField, other };
}

/** The fields whose text differs from what was read (surrounding whitespace is no change). */
export function changedActivityFields(
  base: ActivityFormValues,
  values: ActivityFormValues,
): ActivityFormField[] {
  return activityFormFields.filter((field) => base[field].trim() !== values[field].trim());
}

/** After "load their version": the user's changed fields keep what was typed, the rest is saved. */
export function rebaseActivityForm(
  base: ActivityFormValues,
  typed: ActivityFormValues,
  saved: ActivityFormValues,
): ActivityFormValues {
  const result = { ...saved };
  for (const field of changedActivityFields(base, typed)) result[field] = typed[field];
  return result;
}
