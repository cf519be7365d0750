import { describe, expect, it } from 'vitest';
import { registryLookupSchema, type RegistryLookup } from '../api/registry-schema';
import type { CustomerCard } from '../api/get-customer-card';
import {
  buildRegistryUpdateBody,
  defaultSelection,
  formatRegistryAddress,
  isDeletedCompany,
  offersRegistryUpdate,
  offersUpdate,
  registryRows,
  registryStatusLabel,
} from './registry-update';

/** The lookup of docs/api.md for a customer made from the Nokia fixture (PRH). */
function nokiaLookup(overrides: Record<string, unknown> = {}): RegistryLookup {
  return registryLookupSchema.parse({
    source: {
      registry: 'PRH',
      licence: 'CC BY 4.0',
      url: 'https://avoindata.prh.fi/opendata-ytj-api/v3/companies?businessId=0112038-9',
    },
    businessId: '0112038-9',
    status: 'active',
    deletedOn: null,
    withdrawn: false,
    parallelNames: ['Nokia Abp', 'Nokia Corporation'],
    canUpdate: true,
    addressesSupported: true,
    fields: {
      name: { current: 'Oy Nokia Ab', registry: 'Nokia Oyj', differs: true, available: true },
      visitingAddress: {
        current: { street: ['Karakaari 7'], postalCode: '02610', city: 'ESPOO', country: 'FI' },
        registry: { street: ['Karakaari 7'], postalCode: '02610', city: 'ESPOO', country: 'FI' },
        differs: false,
        available: true,
      },
      postalAddress: {
        current: null,
        registry: { street: ['PL 226'], postalCode: '00045', city: 'NOKIA GROUP', country: 'FI' },
        differs: true,
        available: true,
      },
      email: { current: 'info@nokia.com', registry: null, differs: false, available: false },
      website: {
        current: 'http://old.nokia.example',
        registry: 'https://www.nokia.com',
        differs: true,
        available: true,
      },
    },
    ...overrides,
  });
}

/** A struck-off Brønnøysund unit: every field unavailable, nothing to update. */
function deletedLookup(withdrawn = false): RegistryLookup {
  const none = { current: null, registry: null, differs: false, available: false };
  return registryLookupSchema.parse({
    source: { registry: 'Brønnøysundregistrene', licence: 'NLOD', url: null },
    businessId: '912345688',
    status: 'deleted',
    deletedOn: '2024-03-15',
    withdrawn,
    parallelNames: [],
    canUpdate: false,
    addressesSupported: true,
    fields: {
      name: {
        current: 'Fjordkant',
        registry: 'FJORDKANT EKSEMPEL AS',
        differs: false,
        available: false,
      },
      visitingAddress: none,
      postalAddress: none,
      email: none,
      website: none,
    },
  });
}

describe('registryRows', () => {
  it('shows each field with both values and whether it would change', () => {
    expect(registryRows(nokiaLookup())).toEqual([
      { field: 'name', current: 'Oy Nokia Ab', registry: 'Nokia Oyj', state: 'change' },
      {
        field: 'visitingAddress',
        current: 'Karakaari 7, 02610 ESPOO, FI',
        registry: 'Karakaari 7, 02610 ESPOO, FI',
        state: 'unchanged',
      },
      {
        field: 'postalAddress',
        current: null,
        registry: 'PL 226, 00045 NOKIA GROUP, FI',
        state: 'change',
      },
      { field: 'email', current: 'info@nokia.com', registry: null, state: 'unavailable' },
      {
        field: 'website',
        current: 'http://old.nokia.example',
        registry: 'https://www.nokia.com',
        state: 'change',
      },
    ]);
  });

  it('offers nothing of a deleted company', () => {
    const rows = registryRows(deletedLookup());
    expect(rows.every((row) => row.state === 'unavailable')).toBe(true);
  });
});

describe('defaultSelection', () => {
  it('ticks the fields that differ and that the registry has', () => {
    expect(defaultSelection(nokiaLookup())).toEqual(['name', 'postalAddress', 'website']);
  });

  it('ticks nothing when the user may not update or the company is deleted', () => {
    expect(defaultSelection(nokiaLookup({ canUpdate: false }))).toEqual([]);
    expect(defaultSelection(deletedLookup())).toEqual([]);
    expect(defaultSelection(deletedLookup(true))).toEqual([]);
  });
});

describe('buildRegistryUpdateBody', () => {
  it('sends the chosen changing fields in a fixed order with the version read', () => {
    expect(buildRegistryUpdateBody(4, nokiaLookup(), ['website', 'postalAddress'])).toEqual({
      version: 4,
      fields: ['postalAddress', 'website'],
    });
  });

  it('leaves out fields the registry lacks or that would not change', () => {
    const body = buildRegistryUpdateBody(1, nokiaLookup(), ['email', 'visitingAddress', 'name']);
    expect(body).toEqual({ version: 1, fields: ['name'] });
  });
});

describe('company state', () => {
  it('counts deleted and withdrawn (HTTP 410) companies as deleted', () => {
    expect(isDeletedCompany(nokiaLookup())).toBe(false);
    expect(isDeletedCompany(deletedLookup())).toBe(true);
    expect(isDeletedCompany({ status: 'active', withdrawn: true })).toBe(true);
    expect(offersUpdate(nokiaLookup())).toBe(true);
    expect(offersUpdate(deletedLookup())).toBe(false);
  });

  it('names the known statuses and leaves unknown ones to be shown as they come', () => {
    expect(registryStatusLabel('liquidation')).toBe('registry.status.liquidation');
    expect(registryStatusLabel('merged')).toBeNull();
  });

  it('formats an address on one line, leaving out what is missing', () => {
    expect(
      formatRegistryAddress({
        street: ['Forusbeen 50'],
        postalCode: null,
        city: 'STAVANGER',
        country: null,
      }),
    ).toBe('Forusbeen 50, STAVANGER');
    expect(formatRegistryAddress(null)).toBeNull();
  });
});

describe('offersRegistryUpdate', () => {
  function card(canUpdateFromRegistry: boolean): CustomerCard {
    return {
      customer: { country: 'FI', vatNumber: 'FI01120389' } as CustomerCard['customer'],
      actions: {
        canEdit: true,
        canDelete: false,
        canInactivate: false,
        canReactivate: false,
        canUpdateFromRegistry,
      },
    };
  }

  it("follows the server's canUpdateFromRegistry", () => {
    expect(offersRegistryUpdate(card(true))).toBe(true);
    expect(offersRegistryUpdate(card(false))).toBe(false);
  });
});
