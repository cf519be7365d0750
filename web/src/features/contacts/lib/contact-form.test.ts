import { describe, expect, it } from 'vitest';
import type { Contact } from '../api/contact-schema';
import {
  buildContactCreateBody,
  buildContactPatchBody,
  emptyContactForm,
  localContactErrors,
  toContactFormValues,
} from './contact-form';

const contact: Contact = {
  id: 31,
  customerId: 12,
  name: 'Anna Virtanen',
  firstName: 'Anna',
  lastName: 'Virtanen',
  title: 'CFO',
  email: 'anna@nokia.com',
  mobilePhone: null,
  workPhone: null,
  roleId: 2,
  roleName: 'Decision maker',
  keywordIds: [9, 5],
  keywords: [
    { id: 5, name: 'Christmas card' },
    { id: 9, name: 'Newsletter' },
  ],
  addressId: 7,
  language: 'fi',
  notes: null,
  isActive: true,
  createdAt: '2026-11-27T20:41:00Z',
  createdBy: null,
  updatedAt: '2026-11-27T20:41:00Z',
  updatedBy: null,
  version: 4,
};

describe('buildContactCreateBody', () => {
  it('sends the filled-in fields with ids as numbers and keywords as a list', () => {
    const values = {
      ...emptyContactForm,
      firstName: ' Anna ',
      roleId: '2',
      keywordIds: '5,9',
      language: 'FI',
    };
    expect(buildContactCreateBody(values)).toEqual({
      firstName: 'Anna',
      roleId: 2,
      keywordIds: [5, 9],
      language: 'fi',
    });
  });
});

describe('buildContactPatchBody', () => {
  it('sends only the changed fields, null to clear, the whole keyword set', () => {
    const base = toContactFormValues(contact);
    expect(base.keywordIds).toBe('5,9');
    const values = { ...base, title: '', roleId: '', addressId: '', keywordIds: '9' };
    expect(buildContactPatchBody(base, values)).toEqual({
      title: null,
      roleId: null,
      keywordIds: [9],
      addressId: null,
    });
  });

  it('sends an empty list to remove every keyword', () => {
    const base = toContactFormValues(contact);
    expect(buildContactPatchBody(base, { ...base, keywordIds: '' })).toEqual({ keywordIds: [] });
  });
});

describe('localContactErrors', () => {
  it('asks for a first or a last name, and a plausible email', () => {
    expect(localContactErrors({ ...emptyContactForm, email: 'anna' })).toEqual({
      firstName: 'contact.validation.nameRequired',
      email: 'contact.validation.emailFormat',
    });
    expect(localContactErrors({ ...emptyContactForm, lastName: 'Virtanen' })).toEqual({});
  });
});
