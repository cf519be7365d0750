/** The two countries whose public business registry the app can ask (PRH and Brønnøysund). */
export type RegistryCountry = 'FI' | 'NO';

/** Which registry to ask, and for which business id (canonical: `0112038-9`, `923609016`). */
export interface RegistryTarget {
  country: RegistryCountry;
  businessId: string;
}

const fiWeights = [7, 9, 10, 5, 8, 4, 2];
const noWeights = [3, 2, 7, 6, 5, 4, 3, 2];

function digits(text: string): number[] {
  return [...text].map(Number);
}

/** A Finnish business id `1234567-8` or VAT number `FI12345678` with a right check digit. */
export function finnishBusinessId(input: string): string | null {
  const text = input.replace(/\s+/g, '').toUpperCase();
  const match = /^(?:FI(\d{7})(\d)|(\d{7})-(\d))$/.exec(text);
  if (!match) return null;
  const body = match[1] ?? match[3] ?? '';
  const check = Number(match[2] ?? match[4]);
  const sum = digits(body).reduce((total, digit, i) => total + digit * (fiWeights[i] ?? 0), 0);
  const remainder = sum % 11;
  if (remainder === 1) return null;
  const expected = remainder === 0 ? 0 : 11 - remainder;
  return expected === check ? `${body}-${check}` : null;
}

/** A Norwegian organisation number `923609016` or VAT number `NO923609016MVA` (mod 11). */
export function norwegianOrgNumber(input: string): string | null {
  const text = input.replace(/[\s.]+/g, '').toUpperCase();
  const match = /^(?:NO(\d{9})MVA|(\d{9}))$/.exec(text);
  const number = match?.[1] ?? match?.[2];
  if (!number) return null;
  const all = digits(number);
  const sum = all.slice(0, 8).reduce((total, digit, i) => total + digit * (noWeights[i] ?? 0), 0);
  const c = 11 - (sum % 11);
  if (c === 10) return null;
  return (c === 11 ? 0 : c) === all[8] ? number : null;
}

function targetIn(country: RegistryCountry, input: string): RegistryTarget | null {
  const businessId = country === 'FI' ? finnishBusinessId(input) : norwegianOrgNumber(input);
  return businessId ? { country, businessId } : null;
}

/**
 * A saved customer's registry: its country must be FI or NO and its VAT number valid for that
 * country (the rule the server applies before it asks the registry).
 */
export function customerRegistryTarget(customer: {
  country: string | null;
  vatNumber: string | null;
}): RegistryTarget | null {
  const country = customer.country?.trim().toUpperCase();
  if (!customer.vatNumber || (country !== 'FI' && country !== 'NO')) return null;
  return targetIn(country, customer.vatNumber);
}

/**
 * What a user types in the new-customer dialog: a valid FI or NO business id or VAT number, in
 * the country typed, or (no country yet) in whichever of the two its format belongs to.
 */
export function typedRegistryTarget(vatNumber: string, country: string): RegistryTarget | null {
  const code = country.trim().toUpperCase();
  if (vatNumber.trim() === '') return null;
  if (code === 'FI' || code === 'NO') return targetIn(code, vatNumber);
  if (code !== '') return null;
  return targetIn('FI', vatNumber) ?? targetIn('NO', vatNumber);
}
