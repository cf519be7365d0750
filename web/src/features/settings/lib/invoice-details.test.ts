import { describe, expect, it } from 'vitest';
import {
  formatIban,
  invoiceDetailsPatch,
  isPercentText,
  parsePaymentTermDays,
  parseStreetLines,
  type InvoiceDetailsForm,
} from './invoice-details';

const empty: InvoiceDetailsForm = {
  legalName: '',
  businessId: '',
  vatNumber: '',
  country: '',
  streetLines: '',
  postalCode: '',
  city: '',
  addressCountry: '',
  phone: '',
  email: '',
  website: '',
  iban: '',
  bic: '',
  invoiceFooter: '',
  paymentTermDays: '14',
  overdueInterest: '0',
  invoiceLanguage: 'en',
  referenceScheme: 'rf',
};

describe('formatIban', () => {
  it('groups an IBAN by four', () => {
    expect(formatIban('FI2112345600000785')).toBe('FI21 1234 5600 0007 85');
    expect(formatIban('NO93 8601 1117 947')).toBe('NO93 8601 1117 947');
    expect(formatIban('')).toBe('');
  });
});

describe('parseStreetLines', () => {
  it('trims lines and drops empty ones', () => {
    expect(parseStreetLines('  Street 1 \r\n\n c/o Acme ')).toEqual(['Street 1', 'c/o Acme']);
    expect(parseStreetLines('   ')).toEqual([]);
  });
});

describe('isPercentText', () => {
  it('takes 0–100 with at most two decimals', () => {
    expect(isPercentText('25.5')).toBe(true);
    expect(isPercentText('0')).toBe(true);
    expect(isPercentText('100')).toBe(true);
    expect(isPercentText('7.25')).toBe(true);
    expect(isPercentText('7.255')).toBe(false);
    expect(isPercentText('100.01')).toBe(false);
    expect(isPercentText('25,5')).toBe(false);
    expect(isPercentText('-1')).toBe(false);
    expect(isPercentText('')).toBe(false);
  });
});

describe('parsePaymentTermDays', () => {
  it('takes whole days 0–365', () => {
    expect(parsePaymentTermDays('14')).toBe(14);
    expect(parsePaymentTermDays(' 0 ')).toBe(0);
    expect(parsePaymentTermDays('366')).toBeNull();
    expect(parsePaymentTermDays('1.5')).toBeNull();
    expect(parsePaymentTermDays('')).toBeNull();
  });
});

describe('invoiceDetailsPatch', () => {
  it('sends only what changed, blank as null', () => {
    const initial = { ...empty, legalName: 'Acme Oy', phone: '+358 1' };
    const form = { ...initial, legalName: ' Acme Consulting Oy ', phone: '  ', country: 'FI' };
    expect(invoiceDetailsPatch(3, initial, form)).toEqual({
      version: 3,
      legalName: 'Acme Consulting Oy',
      phone: null,
      country: 'FI',
    });
  });

  it('sends the whole address when a part changed, and null when it was emptied', () => {
    const form = { ...empty, streetLines: 'Street 1\n\n', postalCode: '00100', city: 'Helsinki' };
    expect(invoiceDetailsPatch(1, empty, form).address).toEqual({
      streetLines: ['Street 1'],
      postalCode: '00100',
      city: 'Helsinki',
      country: null,
    });
    expect(invoiceDetailsPatch(1, form, empty).address).toBeNull();
  });

  it('sends the payment term as a number, an impossible one for the server to refuse', () => {
    expect(invoiceDetailsPatch(1, empty, { ...empty, paymentTermDays: '30' }).paymentTermDays).toBe(
      30,
    );
    expect(invoiceDetailsPatch(1, empty, { ...empty, paymentTermDays: 'x' }).paymentTermDays).toBe(
      -1,
    );
  });

  it('keeps the footer as typed', () => {
    const form = { ...empty, invoiceFooter: 'Line 1\n  Line 2' };
    expect(invoiceDetailsPatch(1, empty, form).invoiceFooter).toBe('Line 1\n  Line 2');
  });
});
