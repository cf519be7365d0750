import type { MessageKey } from '@/lib/i18n';
import {
  addressUses,
  type Address,
  type AddressFieldsBody,
  type AddressUse,
} from '../api/address-schema';
import { changedFields, textOrNull, type FormValues } from './form-values';

/** The address fields a user edits, in form order. `uses` is a comma-joined list. */
export const addressFormFields = [
  'street1',
  'street2',
  'street3',
  'postalCode',
  'city',
  'region',
  'country',
  'phone',
  'uses',
] as const;
export type AddressFormField = (typeof addressFormFields)[number];
export type AddressFormValues = FormValues<AddressFormField>;

export const addressFieldLabels: Record<AddressFormField, MessageKey> = {
  street1: 'address.field.street1',
  street2: 'address.field.street2',
  street3: 'address.field.street3',
  postalCode: 'address.field.postalCode',
  city: 'address.field.city',
  region: 'address.field.region',
  country: 'address.field.country',
  phone: 'address.field.phone',
  uses: 'address.field.uses',
};

export const useLabels: Record<AddressUse, MessageKey> = {
  visiting: 'address.use.visiting',
  postal: 'address.use.postal',
  billing: 'address.use.billing',
  delivery: 'address.use.delivery',
};

export const emptyAddressForm: AddressFormValues = {
  street1: '',
  street2: '',
  street3: '',
  postalCode: '',
  city: '',
  region: '',
  country: '',
  phone: '',
  uses: '',
};

/** Uses in their canonical order, so the same set always reads the same. */
export function formatUses(uses: readonly string[]): string {
  return addressUses.filter((use) => uses.includes(use)).join(',');
}

export function parseUses(text: string): AddressUse[] {
  const parts = text.split(',').map((part) => part.trim());
  return addressUses.filter((use) => parts.includes(use));
}

export function toAddressFormValues(address: Address): AddressFormValues {
  return {
    street1: address.street[0] ?? '',
    street2: address.street[1] ?? '',
    street3: address.street[2] ?? '',
    postalCode: address.postalCode ?? '',
    city: address.city ?? '',
    region: address.region ?? '',
    country: address.country ?? '',
    phone: address.phone ?? '',
    uses: formatUses(address.uses),
  };
}

/** The street lines that are filled in, in order, without gaps. */
export function streetLines(values: AddressFormValues): string[] {
  return [values.street1, values.street2, values.street3]
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

function fullBody(values: AddressFormValues): Required<AddressFieldsBody> {
  return {
    street: streetLines(values),
    postalCode: textOrNull(values.postalCode),
    city: textOrNull(values.city),
    region: textOrNull(values.region),
    country: textOrNull(values.country)?.toUpperCase() ?? null,
    phone: textOrNull(values.phone),
    uses: parseUses(values.uses),
  };
}

/** The body of a POST: the street, the filled-in fields and the uses. */
export function buildAddressCreateBody(values: AddressFormValues): AddressFieldsBody {
  const full = fullBody(values);
  const body: AddressFieldsBody = { street: full.street };
  for (const key of ['postalCode', 'city', 'region', 'country', 'phone'] as const) {
    if (full[key] !== null) body[key] = full[key];
  }
  if (full.uses.length > 0) body.uses = full.uses;
  return body;
}

/** The body of a PATCH: only what changed (any street line change sends all lines). */
export function buildAddressPatchBody(
  base: AddressFormValues,
  values: AddressFormValues,
): AddressFieldsBody {
  const changed = changedFields(addressFormFields, base, values);
  const full = fullBody(values);
  const body: AddressFieldsBody = {};
  if (changed.some((field) => field.startsWith('street'))) body.street = full.street;
  for (const key of ['postalCode', 'city', 'region', 'country', 'phone', 'uses'] as const) {
    if (changed.includes(key)) (body as Record<string, unknown>)[key] = full[key];
  }
  return body;
}

/** Problems the browser can tell before asking the server (the server checks everything again). */
export function localAddressErrors(
  values: AddressFormValues,
): Partial<Record<AddressFormField, MessageKey>> {
  const errors: Partial<Record<AddressFormField, MessageKey>> = {};
  if (streetLines(values).length === 0) errors.street1 = 'address.validation.streetRequired';
  const country = values.country.trim();
  if (country !== '' && !/^[A-Za-z]{2}$/.test(country)) {
    errors.country = 'address.validation.countryFormat';
  }
  return errors;
}

/** API field names (`street`, `street[1]`, `street.1`) → the form field that shows the message. */
export function addressFieldAlias(apiField: string): string {
  const line = /^street(?:\[(\d)\]|\.(\d))?$/.exec(apiField);
  if (!line) return apiField;
  const index = Number(line[1] ?? line[2] ?? 0);
  return `street${Math.min(index, 2) + 1}`;
}

/** Headquarters first, then in the order they were added (the server's order, kept stable). */
export function headquartersFirst(addresses: readonly Address[]): Address[] {
  return [...addresses].sort((a, b) => {
    if (a.isHeadquarters !== b.isHeadquarters) return a.isHeadquarters ? -1 : 1;
    return 0;
  });
}

/** One line for pickers and the contacts list: "Karaportti 3, 02610 Espoo". */
export function addressSummary(address: Address): string {
  const place = [address.postalCode, address.city].filter(Boolean).join(' ');
  return [address.street[0], place, address.country].filter(Boolean).join(', ');
}
