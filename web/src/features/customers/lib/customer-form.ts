import type { MessageKey } from '@/lib/i18n';
import type { Customer, CustomerFieldsBody } from '../api/customer-schema';

/** The customer fields a user edits in the header and the new-customer dialog, in form order. */
export const customerFormFields = [
  'name',
  'number',
  'accountOwnerId',
  'vatNumber',
  'country',
  'email',
  'website',
  'phone',
  'industry',
] as const;
export type CustomerFormField = (typeof customerFormFields)[number];

/** What the form holds: every field as the text in its control. */
export type CustomerFormValues = Record<CustomerFormField, string>;

export const fieldLabels: Record<CustomerFormField, MessageKey> = {
  name: 'customer.field.name',
  number: 'customer.field.number',
  accountOwnerId: 'customer.field.accountOwner',
  vatNumber: 'customer.field.vatNumber',
  country: 'customer.field.country',
  email: 'customer.field.email',
  website: 'customer.field.website',
  phone: 'customer.field.phone',
  industry: 'customer.field.industry',
};

export const emptyCustomerForm: CustomerFormValues = {
  name: '',
  number: '',
  accountOwnerId: '',
  vatNumber: '',
  country: '',
  email: '',
  website: '',
  phone: '',
  industry: '',
};

export function toFormValues(customer: Customer): CustomerFormValues {
  return {
    name: customer.name,
    number: String(customer.number),
    accountOwnerId: customer.accountOwnerId === null ? '' : String(customer.accountOwnerId),
    vatNumber: customer.vatNumber ?? '',
    country: customer.country ?? '',
    email: customer.email ?? '',
    website: customer.website ?? '',
    phone: customer.phone ?? '',
    industry: customer.industry ?? '',
  };
}

/** The JSON value of one field: trimmed text, `null` for empty, numbers for ids and numbers. */
function toBodyValue(field: CustomerFormField, text: string): string | number | null {
  const trimmed = text.trim();
  if (field === 'name') return trimmed;
  if (trimmed === '') return null;
  if (field === 'number' || field === 'accountOwnerId') return Number(trimmed);
  if (field === 'country') return trimmed.toUpperCase();
  return trimmed;
}

function sameValue(field: CustomerFormField, a: string, b: string): boolean {
  return toBodyValue(field, a) === toBodyValue(field, b);
}

/** The fields whose value differs from what was read (whitespace alone is no change). */
export function changedFields(
  base: CustomerFormValues,
  values: CustomerFormValues,
): CustomerFormField[] {
  return customerFormFields.filter((field) => !sameValue(field, base[field], values[field]));
}

/** The body of a PATCH: only the changed fields. */
export function buildPatchBody(
  base: CustomerFormValues,
  values: CustomerFormValues,
): CustomerFieldsBody {
  const body: Record<string, string | number | null> = {};
  for (const field of changedFields(base, values)) body[field] = toBodyValue(field, values[field]);
  return body as CustomerFieldsBody;
}

/** The body of a POST: the filled-in fields (an empty field is left to the server's default). */
export function buildCreateBody(values: CustomerFormValues): CustomerFieldsBody {
  const body: Record<string, string | number | null> = {};
  for (const field of customerFormFields) {
    const value = toBodyValue(field, values[field]);
    if (value !== null && value !== '') body[field] = value;
  }
  if (!('name' in body)) body.name = '';
  return body as CustomerFieldsBody;
}

/** Problems the browser can tell before asking the server (the server checks everything again). */
export function localFieldErrors(
  values: CustomerFormValues,
): Partial<Record<CustomerFormField, MessageKey>> {
  const errors: Partial<Record<CustomerFormField, MessageKey>> = {};
  if (values.name.trim() === '') errors.name = 'customer.validation.nameRequired';
  if (values.number.trim() !== '' && !/^[1-9]\d{0,17}$/.test(values.number.trim())) {
    errors.number = 'customer.validation.numberFormat';
  }
  return errors;
}
