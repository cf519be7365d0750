import { describe, expect, it } from 'vitest';
import type { Address } from '../api/address-schema';
import {
  addressFieldAlias,
  addressSummary,
  buildAddressCreateBody,
  buildAddressPatchBody,
  emptyAddressForm,
  headquartersFirst,
  localAddressErrors,
  toAddressFormValues,
} from './address-form';

function address(id: number, overrides: Partial<Address> = {}): Address {
  return {
    id,
    customerId: 12,
    street: [`Street ${id}`],
    postalCode: null,
    city: null,
    region: null,
    country: null,
    phone: null,
    uses: [],
    isHeadquarters: false,
    createdAt: '2026-11-27T20:41:00Z',
    createdBy: null,
    updatedAt: '2026-11-27T20:41:00Z',
    updatedBy: null,
    version: 1,
    ...overrides,
  };
}

describe('headquartersFirst', () => {
  it('puts the headquarters first and keeps the others in their order', () => {
    const list = [address(1), address(2), address(3, { isHeadquarters: true }), address(4)];
    expect(headquartersFirst(list).map((item) => item.id)).toEqual([3, 1, 2, 4]);
  });
});

describe('buildAddressCreateBody', () => {
  it('sends the filled-in street lines without gaps, upper-case country and the uses', () => {
    const values = {
      ...emptyAddressForm,
      street1: ' Karaportti 3 ',
      street3: 'PL 226',
      city: 'Espoo',
      country: 'fi',
      uses: 'postal,visiting',
    };
    expect(buildAddressCreateBody(values)).toEqual({
      street: ['Karaportti 3', 'PL 226'],
      city: 'Espoo',
      country: 'FI',
      uses: ['visiting', 'postal'],
    });
  });
});

describe('buildAddressPatchBody', () => {
  const saved = address(7, {
    street: ['Karaportti 3', 'PL 226'],
    city: 'Espoo',
    uses: ['visiting'],
  });

  it('sends only what changed, all street lines when one of them changed', () => {
    const base = toAddressFormValues(saved);
    expect(buildAddressPatchBody(base, { ...base, street2: '' })).toEqual({
      street: ['Karaportti 3'],
    });
    expect(buildAddressPatchBody(base, { ...base, city: ' ', uses: 'visiting,billing' })).toEqual({
      city: null,
      uses: ['visiting', 'billing'],
    });
  });

  it('sends nothing when only whitespace changed', () => {
    const base = toAddressFormValues(saved);
    expect(buildAddressPatchBody(base, { ...base, city: 'Espoo ' })).toEqual({});
  });
});

describe('localAddressErrors', () => {
  it('asks for a street line and a two-letter country', () => {
    expect(localAddressErrors({ ...emptyAddressForm, country: 'FIN' })).toEqual({
      street1: 'address.validation.streetRequired',
      country: 'address.validation.countryFormat',
    });
    expect(localAddressErrors({ ...emptyAddressForm, street2: 'x', country: 'se' })).toEqual({});
  });
});

describe('addressFieldAlias', () => {
  it('maps street line errors to their inputs', () => {
    expect(addressFieldAlias('street')).toBe('street1');
    expect(addressFieldAlias('street[1]')).toBe('street2');
    expect(addressFieldAlias('street.2')).toBe('street3');
    expect(addressFieldAlias('city')).toBe('city');
  });
});

describe('addressSummary', () => {
  it('joins the first line, postal code and city, and country', () => {
    const item = address(1, { postalCode: '02610', city: 'Espoo', country: 'FI' });
    expect(addressSummary(item)).toBe('Street 1, 02610 Espoo, FI');
  });
});
