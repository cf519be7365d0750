import type { NewAddressBody } from '../api/create-address';
import type { RegistryAddress, RegistryCompany } from '../api/registry-schema';
import type { CustomerFormValues } from './customer-form';

/**
 * The new-customer form filled from a registry company: name, VAT number, country, website and
 * e-mail where the registry has them; everything else stays as typed.
 */
export function fillFromCompany(
  values: CustomerFormValues,
  company: RegistryCompany,
): CustomerFormValues {
  return {
    ...values,
    name: company.name ?? values.name,
    vatNumber: company.vatNumber ?? values.vatNumber,
    country: company.country,
    website: company.website ?? values.website,
    email: company.email ?? values.email,
  };
}

function sameAddress(a: RegistryAddress, b: RegistryAddress): boolean {
  return (
    a.street.join('\n') === b.street.join('\n') &&
    a.postalCode === b.postalCode &&
    a.city === b.city &&
    a.country === b.country
  );
}

function toBody(address: RegistryAddress): NewAddressBody | null {
  const street = address.street.map((line) => line.trim()).filter((line) => line !== '');
  if (street.length === 0) return null;
  const body: NewAddressBody = { street };
  if (address.postalCode) body.postalCode = address.postalCode;
  if (address.city) body.city = address.city;
  if (address.country) body.country = address.country;
  return body;
}

/**
 * The addresses to add once the customer exists: the visiting address as the headquarters, the
 * postal address beside it (one address serving both when they are the same).
 */
export function registryAddressPlan(company: RegistryCompany): NewAddressBody[] {
  const plan: NewAddressBody[] = [];
  const visiting = company.visitingAddress ? toBody(company.visitingAddress) : null;
  const postal = company.postalAddress ? toBody(company.postalAddress) : null;
  const same =
    company.visitingAddress && company.postalAddress
      ? sameAddress(company.visitingAddress, company.postalAddress)
      : false;
  if (visiting) {
    plan.push({
      ...visiting,
      uses: same ? ['visiting', 'postal'] : ['visiting'],
      isHeadquarters: true,
    });
  }
  if (postal && !(same && visiting)) {
    plan.push({ ...postal, uses: ['postal'], isHeadquarters: !visiting });
  }
  return plan;
}
