import type { MessageKey } from '@/lib/i18n';
import type { Contact, ContactFieldsBody } from '../api/contact-schema';
import {
  changedFields,
  formatIdList,
  parseIdList,
  textOrNull,
  type FormValues,
} from './form-values';

/** The contact fields a user edits, in form order. `keywordIds` is a comma-joined id list. */
export const contactFormFields = [
  'firstName',
  'lastName',
  'title',
  'email',
  'mobilePhone',
  'workPhone',
  'roleId',
  'keywordIds',
  'addressId',
  'language',
  'notes',
] as const;
export type ContactFormField = (typeof contactFormFields)[number];
export type ContactFormValues = FormValues<ContactFormField>;

export const contactFieldLabels: Record<ContactFormField, MessageKey> = {
  firstName: 'contact.field.firstName',
  lastName: 'contact.field.lastName',
  title: 'contact.field.title',
  email: 'contact.field.email',
  mobilePhone: 'contact.field.mobilePhone',
  workPhone: 'contact.field.workPhone',
  roleId: 'contact.field.role',
  keywordIds: 'contact.field.keywords',
  addressId: 'contact.field.address',
  language: 'contact.field.language',
  notes: 'contact.field.notes',
};

export const emptyContactForm: ContactFormValues = {
  firstName: '',
  lastName: '',
  title: '',
  email: '',
  mobilePhone: '',
  workPhone: '',
  roleId: '',
  keywordIds: '',
  addressId: '',
  language: '',
  notes: '',
};

export function toContactFormValues(contact: Contact): ContactFormValues {
  return {
    firstName: contact.firstName ?? '',
    lastName: contact.lastName ?? '',
    title: contact.title ?? '',
    email: contact.email ?? '',
    mobilePhone: contact.mobilePhone ?? '',
    workPhone: contact.workPhone ?? '',
    roleId: contact.roleId === null ? '' : String(contact.roleId),
    keywordIds: formatIdList(contact.keywordIds),
    addressId: contact.addressId === null ? '' : String(contact.addressId),
    language: contact.language ?? '',
    notes: contact.notes ?? '',
  };
}

type BodyValue = string | number | number[] | null;

/** The JSON value of one field: trimmed text or `null`, numbers for ids, a list for keywords. */
function toBodyValue(field: ContactFormField, text: string): BodyValue {
  if (field === 'keywordIds') return parseIdList(text);
  if (field === 'roleId' || field === 'addressId') {
    const id = Number(text.trim());
    return text.trim() !== '' && Number.isInteger(id) && id > 0 ? id : null;
  }
  if (field === 'language') return textOrNull(text)?.toLowerCase() ?? null;
  if (field === 'notes') return text.trim() === '' ? null : text.replace(/\s+$/, '');
  return textOrNull(text);
}

/** The body of a POST: the filled-in fields only. */
export function buildContactCreateBody(values: ContactFormValues): ContactFieldsBody {
  const body: Record<string, BodyValue> = {};
  for (const field of contactFormFields) {
    const value = toBodyValue(field, values[field]);
    if (value === null || (Array.isArray(value) && value.length === 0)) continue;
    body[field] = value;
  }
  return body as ContactFieldsBody;
}

/** The body of a PATCH: only the changed fields (`null` clears one, `keywordIds` is the new set). */
export function buildContactPatchBody(
  base: ContactFormValues,
  values: ContactFormValues,
): ContactFieldsBody {
  const body: Record<string, BodyValue> = {};
  for (const field of changedFields(contactFormFields, base, values)) {
    body[field] = toBodyValue(field, values[field]);
  }
  return body as ContactFieldsBody;
}

/** Problems the browser can tell before asking the server (the server checks everything again). */
export function localContactErrors(
  values: ContactFormValues,
): Partial<Record<ContactFormField, MessageKey>> {
  const errors: Partial<Record<ContactFormField, MessageKey>> = {};
  if (values.firstName.trim() === '' && values.lastName.trim() === '') {
    errors.firstName = 'contact.validation.nameRequired';
  }
  const email = values.email.trim();
  if (email !== '' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    errors.email = 'contact.validation.emailFormat';
  }
  return errors;
}
