import { describe, expect, it } from 'vitest';
import { registryCompanySchema, type RegistryCompany } from '../api/registry-schema';
import { emptyCustomerForm } from './customer-form';
import { fillFromCompany, registryAddressPlan } from './registry-fill';

function equinor(overrides: Record<string, unknown> = {}): RegistryCompany {
  return registryCompanySchema.parse({
    source: { registry: 'Brønnøysundregistrene', licence: 'NLOD', url: null },
    country: 'NO',
    businessId: '923609016',
    vatNumber: 'NO923609016MVA',
    status: 'active',
    deletedOn: null,
    withdrawn: false,
    name: 'EQUINOR ASA',
    parallelNames: [],
    visitingAddress: {
      street: ['Forusbeen 50'],
      postalCode: '4035',
      city: 'STAVANGER',
      country: 'NO',
    },
    postalAddress: {
      street: ['Postboks 8500'],
      postalCode: '4035',
      city: 'STAVANGER',
      country: 'NO',
    },
    email: null,
    website: 'https://www.equinor.com',
    ...overrides,
  });
}

describe('fillFromCompany', () => {
  it('takes name, VAT number, country and website, and keeps what the registry lacks', () => {
    const typed = {
      ...emptyCustomerForm,
      vatNumber: '923609016',
      email: 'post@equinor.example',
      phone: '+47 1',
    };
    expect(fillFromCompany(typed, equinor())).toEqual({
      ...typed,
      name: 'EQUINOR ASA',
      vatNumber: 'NO923609016MVA',
      country: 'NO',
      website: 'https://www.equinor.com',
      email: 'post@equinor.example',
    });
  });

  it('takes the e-mail when the registry has one', () => {
    const filled = fillFromCompany(emptyCustomerForm, equinor({ email: 'postmottak@brreg.no' }));
    expect(filled.email).toBe('postmottak@brreg.no');
  });
});

describe('registryAddressPlan', () => {
  it('adds the visiting address as the headquarters and the postal address beside it', () => {
    expect(registryAddressPlan(equinor())).toEqual([
      {
        street: ['Forusbeen 50'],
        postalCode: '4035',
        city: 'STAVANGER',
        country: 'NO',
        uses: ['visiting'],
        isHeadquarters: true,
      },
      {
        street: ['Postboks 8500'],
        postalCode: '4035',
        city: 'STAVANGER',
        country: 'NO',
        uses: ['postal'],
        isHeadquarters: false,
      },
    ]);
  });

  it('makes one address serve both uses when they are the same', () => {
    const same = equinor({ postalAddress: equinor().visitingAddress });
    expect(registryAddressPlan(same)).toEqual([
      expect.objectContaining({ uses: ['visiting', 'postal'], isHeadquarters: true }),
    ]);
  });

  it('makes a lone postal address the headquarters, and skips addresses without a street', () => {
    const postalOnly = equinor({ visitingAddress: { street: ['  '], postalCode: '4035' } });
    expect(registryAddressPlan(postalOnly)).toEqual([
      expect.objectContaining({
        street: ['Postboks 8500'],
        uses: ['postal'],
        isHeadquarters: true,
      }),
    ]);
    expect(registryAddressPlan(equinor({ visitingAddress: null, postalAddress: null }))).toEqual(
      [],
    );
  });
});
