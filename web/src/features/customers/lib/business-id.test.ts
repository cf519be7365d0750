import { describe, expect, it } from 'vitest';
import {
  customerRegistryTarget,
  finnishBusinessId,
  norwegianOrgNumber,
  typedRegistryTarget,
} from './business-id';

describe('finnishBusinessId', () => {
  it.each([
    ['0112038-9', '0112038-9'],
    ['FI01120389', '0112038-9'],
    ['FI 2646 6749', '2646674-9'],
    ['fi23319727', '2331972-7'],
  ])('accepts %s as %s', (input, expected) => {
    expect(finnishBusinessId(input)).toBe(expected);
  });

  it.each(['0112038-8', '0112040-0', '112038-9', 'FI01120388', 'FI1120389', 'FI0112040X', ''])(
    'refuses %s',
    (input) => {
      expect(finnishBusinessId(input)).toBeNull();
    },
  );
});

describe('norwegianOrgNumber', () => {
  it.each([
    ['923609016', '923609016'],
    ['NO923609016MVA', '923609016'],
    ['NO 923 609 016 MVA', '923609016'],
    ['no974760673mva', '974760673'],
    ['991825827', '991825827'],
  ])('accepts %s as %s', (input, expected) => {
    expect(norwegianOrgNumber(input)).toBe(expected);
  });

  it.each(['923609017', '923609130', '92360901', 'NO923609017MVA', 'NO92360901MVA', 'NO923609016'])(
    'refuses %s',
    (input) => {
      expect(norwegianOrgNumber(input)).toBeNull();
    },
  );
});

describe('customerRegistryTarget', () => {
  it('needs FI or NO and a VAT number valid for that country', () => {
    expect(customerRegistryTarget({ country: 'FI', vatNumber: 'FI01120389' })).toEqual({
      country: 'FI',
      businessId: '0112038-9',
    });
    expect(customerRegistryTarget({ country: 'NO', vatNumber: 'NO923609016MVA' })).toEqual({
      country: 'NO',
      businessId: '923609016',
    });
    expect(customerRegistryTarget({ country: 'SE', vatNumber: 'SE556703748501' })).toBeNull();
    expect(customerRegistryTarget({ country: 'NO', vatNumber: 'FI01120389' })).toBeNull();
    expect(customerRegistryTarget({ country: null, vatNumber: 'FI01120389' })).toBeNull();
    expect(customerRegistryTarget({ country: 'FI', vatNumber: null })).toBeNull();
  });
});

describe('typedRegistryTarget', () => {
  it('uses the typed country, or infers FI or NO from the format when there is none', () => {
    expect(typedRegistryTarget('0112038-9', 'fi')).toEqual({
      country: 'FI',
      businessId: '0112038-9',
    });
    expect(typedRegistryTarget('0112038-9', '')).toEqual({
      country: 'FI',
      businessId: '0112038-9',
    });
    expect(typedRegistryTarget('923609016', '')).toEqual({
      country: 'NO',
      businessId: '923609016',
    });
    expect(typedRegistryTarget('923609016', 'FI')).toBeNull();
    expect(typedRegistryTarget('0112038-9', 'SE')).toBeNull();
    expect(typedRegistryTarget('', 'FI')).toBeNull();
  });
});
