import type { MessageKey } from '@/lib/i18n';
import { moneyInputText, parseMoneyInput } from '@/lib/money';
import type { Money, Project, ProjectFieldsBody } from '../api/project-schema';

/** The project fields a user edits (the new-project dialog and the card's details form), in order. */
export const projectFormFields = [
  'name',
  'salesStatusId',
  'ownerId',
  'salesPersonId',
  'amount',
  'currency',
  'probability',
  'expectedOrderDate',
  'startDate',
  'deadline',
  'description',
] as const;
export type ProjectFormField = (typeof projectFormFields)[number];
export type ProjectFormValues = Record<ProjectFormField, string>;

export const projectFieldLabels: Record<ProjectFormField, MessageKey> = {
  name: 'project.field.name',
  salesStatusId: 'project.field.salesStatus',
  ownerId: 'project.field.owner',
  salesPersonId: 'project.field.salesPerson',
  amount: 'project.field.expectedValue',
  currency: 'project.field.currency',
  probability: 'project.field.probability',
  expectedOrderDate: 'project.field.expectedOrderDate',
  startDate: 'project.field.startDate',
  deadline: 'project.field.deadline',
  description: 'project.field.description',
};

export const defaultCurrency = 'EUR';

export function emptyProjectForm(ownerId: number | null): ProjectFormValues {
  return {
    name: '',
    salesStatusId: '',
    ownerId: ownerId === null ? '' : String(ownerId),
    salesPersonId: '',
    amount: '',
    currency: defaultCurrency,
    probability: '',
    expectedOrderDate: '',
    startDate: '',
    deadline: '',
    description: '',
  };
}

export function toProjectFormValues(project: Project): ProjectFormValues {
  const money = project.expectedValue;
  return {
    name: project.name,
    salesStatusId: String(project.salesStatusId),
    ownerId: project.ownerId === null ? '' : String(project.ownerId),
    salesPersonId: project.salesPersonId === null ? '' : String(project.salesPersonId),
    amount: money ? moneyInputText(money.amount, money.currency) : '',
    currency: money?.currency ?? defaultCurrency,
    probability: String(project.probability),
    expectedOrderDate: project.expectedOrderDate ?? '',
    startDate: project.startDate ?? '',
    deadline: project.deadline ?? '',
    description: project.description ?? '',
  };
}

function idOrNull(text: string): number | null {
  return text.trim() === '' ? null : Number(text);
}

function textOrNull(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

function moneyOf(values: ProjectFormValues): Money | null {
  const currency = values.currency.trim().toUpperCase() || defaultCurrency;
  const amount = parseMoneyInput(values.amount, currency);
  return amount === null || amount === undefined ? null : { amount, currency };
}

/** Every field as the API reads it (after localFieldErrors found nothing). */
function fullBody(
  values: ProjectFormValues,
): Required<Omit<ProjectFieldsBody, 'customerId' | 'state' | 'memberIds'>> {
  return {
    name: values.name.trim(),
    salesStatusId: Number(values.salesStatusId),
    ownerId: idOrNull(values.ownerId),
    salesPersonId: idOrNull(values.salesPersonId),
    expectedValue: moneyOf(values),
    probability: Number(values.probability),
    expectedOrderDate: textOrNull(values.expectedOrderDate),
    startDate: textOrNull(values.startDate),
    deadline: textOrNull(values.deadline),
    description: textOrNull(values.description),
  };
}

/** `POST /projects` for a customer: filled-in fields only, the server defaults the rest. */
export function buildCreateBody(
  values: ProjectFormValues,
  customerId: number,
  state: 'sales' | 'open',
): ProjectFieldsBody {
  const full = fullBody(values);
  const body: ProjectFieldsBody = { name: full.name, customerId, state };
  for (const [key, value] of Object.entries(full)) {
    if (key === 'name' || value === null) continue;
    if (key === 'salesStatusId' && values.salesStatusId === '') continue;
    if (key === 'probability' && values.probability.trim() === '') continue;
    (body as Record<string, unknown>)[key] = value;
  }
  return body;
}

/** `PATCH /projects/{id}` without the version: only what changed against what was read. */
export function buildPatchBody(
  base: ProjectFormValues,
  values: ProjectFormValues,
): ProjectFieldsBody {
  const before = fullBody(base);
  const after = fullBody(values);
  const body: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof typeof after)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) body[key] = after[key];
  }
  return body as ProjectFieldsBody;
}

/** Problems the browser can tell before asking the server (which checks everything again). */
export function localProjectErrors(
  values: ProjectFormValues,
): Partial<Record<ProjectFormField, MessageKey>> {
  const errors: Partial<Record<ProjectFormField, MessageKey>> = {};
  if (values.name.trim() === '') errors.name = 'project.validation.nameRequired';
  const currency = values.currency.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) errors.currency = 'project.validation.currency';
  else if (parseMoneyInput(values.amount, currency) === undefined)
    errors.amount = 'project.validation.amount';
  const probability = values.probability.trim();
  if (probability !== '' && !(/^\d{1,3}$/.test(probability) && Number(probability) <= 100)) {
    errors.probability = 'project.validation.probability';
  }
  if (values.startDate && values.deadline && values.deadline < values.startDate) {
    errors.deadline = 'project.validation.deadline';
  }
  return errors;
}

/** Maps a 422's field names (`expectedValue.amount`, `expectedValue`) onto the form's controls. */
export function formFieldOf(apiField: string): ProjectFormField | null {
  if (apiField === 'expectedValue' || apiField === 'expectedValue.amount') return 'amount';
  if (apiField === 'expectedValue.currency') return 'currency';
  return (projectFormFields as readonly string[]).includes(apiField)
    ? (apiField as ProjectFormField)
    : null;
}

/** The changed fields (against what was read), for a stale-version notice. */
export function changedProjectFields(base: ProjectFormValues, values: ProjectFormValues) {
  const patch = buildPatchBody(base, values) as Record<string, unknown>;
  return projectFormFields.filter((field) => {
    if (field === 'amount' || field === 'currency') return 'expectedValue' in patch;
    return field in patch;
  });
}

/** After a 409: what is saved now, with the fields the user changed kept as typed. */
export function rebaseProjectForm(
  base: ProjectFormValues,
  typed: ProjectFormValues,
  saved: ProjectFormValues,
): ProjectFormValues {
  const result = { ...saved };
  for (const field of changedProjectFields(base, typed)) result[field] = typed[field];
  return result;
}
