import { describe, expect, it } from 'vitest';
import type { Customer } from '../api/customer-schema';
import {
  buildCreateBody,
  buildPatchBody,
  changedFields,
  emptyCustomerForm,
  localFieldErrors,
  toFormValues,
} from './customer-form';

const customer: Customer = {
  id: 12,
  number: 1012,
  name: 'Oy Nokia Ab',
  vatNumber: 'FI01120389',
  country: 'FI',
  accountOwnerId: 3,
  accountOwnerName: 'Maija Manager',
  email: null,
  website: 'https://www.nokia.com',
  phone: null,
  industry: 'Telecom',
  isActive: true,
  createdAt: '2026-11-27T20:41:00Z',
  createdBy: { id: 1, name: 'Admin' },
  updatedAt: '2026-11-27T20:41:00Z',
  updatedBy: { id: 1, name: 'Admin' },
  version: 3,
};

describe('buildPatchBody', () => {
  it('sends only the fields that changed', () => {
    const base = toFormValues(customer);
    const values = { ...base, name: 'Nokia Oyj', industry: 'Networks' };
    expect(buildPatchBody(base, values)).toEqual({ name: 'Nokia Oyj', industry: 'Networks' });
  });

  it('sends null for a cleared optional field and numbers for ids', () => {
    const base = toFormValues(customer);
    const values = { ...base, website: '  ', accountOwnerId: '5', number: '2000' };
    expect(buildPatchBody(base, values)).toEqual({
      website: null,
      accountOwnerId: 5,
      number: 2000,
    });
  });

  it('sends null to remove the account owner', () => {
    const base = toFormValues(customer);
    expect(buildPatchBody(base, { ...base, accountOwnerId: '' })).toEqual({ accountOwnerId: null });
  });

  it('treats surrounding whitespace and letter case of the country as no change', () => {
    const base = toFormValues(customer);
    const values = { ...base, name: ' Oy Nokia Ab ', country: 'fi' };
    expect(changedFields(base, values)).toEqual([]);
    expect(buildPatchBody(base, values)).toEqual({});
  });
});

describe('buildCreateBody', () => {
  it('leaves empty fields out and trims the rest', () => {
    const values = {
      ...emptyCustomerForm,
      name: ' Acme Oy ',
      vatNumber: 'FI12345678',
      country: 'fi',
    };
    expect(buildCreateBody(values)).toEqual({
      name: 'Acme Oy',
      vatNumber: 'FI12345678',
      country: 'FI',
    });
  });

  it('always sends a name so the server can say it is missing', () => {
    expect(buildCreateBody(emptyCustomerForm)).toEqual({ name: '' });
  });
});

describe('localFieldErrors', () => {
  it('asks for a name and a whole positive number', () => {
    expect(localFieldErrors({ ...emptyCustomerForm, number: '12a' })).toEqual({
      name: 'customer.validation.nameRequired',
      number: 'customer.validation.numberFormat',
    });
    expect(localFieldErrors({ ...emptyCustomerForm, name: 'A', number: '0' }).number).toBeDefined();
    expect(localFieldErrors({ ...emptyCustomerForm, name: 'A', number: '42' })).toEqual({});
  });
});
