import type { OrganizationSettings, OrganizationSettingsPatch } from '../api/organization-settings';

/** The invoicing-details form as typed: every field a text. */
export interface InvoiceDetailsForm {
  legalName: string;
  businessId: string;
  vatNumber: string;
  country: string;
  streetLines: string;
  postalCode: string;
  city: string;
  addressCountry: string;
  phone: string;
  email: string;
  website: string;
  iban: string;
  bic: string;
  invoiceFooter: string;
  paymentTermDays: string;
  overdueInterest: string;
  invoiceLanguage: string;
  referenceScheme: string;
}

/** "FI2112345600000785" → "FI21 1234 5600 0007 85", the printed form of an IBAN. */
export function formatIban(iban: string): string {
  return iban
    .replace(/\s+/g, '')
    .replace(/(.{4})(?=.)/g, '$1 ')
    .trim();
}

/** A textarea's street address as lines: trimmed, empty lines dropped. */
export function parseStreetLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** Whether `text` is a percent the server takes: 0–100 with at most two decimals ("25.5"). */
export function isPercentText(text: string): boolean {
  const trimmed = text.trim();
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(trimmed)) return false;
  return Number(trimmed) <= 100;
}

/** A whole number of days 0–365, or null when `text` is not one. */
export function parsePaymentTermDays(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return null;
  const days = Number(trimmed);
  return days <= 365 ? days : null;
}

/** The form's starting values from the stored settings. */
export function invoiceDetailsForm(settings: OrganizationSettings): InvoiceDetailsForm {
  return {
    legalName: settings.legalName ?? '',
    businessId: settings.businessId ?? '',
    vatNumber: settings.vatNumber ?? '',
    country: settings.country ?? '',
    streetLines: settings.address?.streetLines.join('\n') ?? '',
    postalCode: settings.address?.postalCode ?? '',
    city: settings.address?.city ?? '',
    addressCountry: settings.address?.country ?? '',
    phone: settings.phone ?? '',
    email: settings.email ?? '',
    website: settings.website ?? '',
    iban: settings.iban ? formatIban(settings.iban) : '',
    bic: settings.bic ?? '',
    invoiceFooter: settings.invoiceFooter ?? '',
    paymentTermDays: String(settings.paymentTermDays),
    overdueInterest: settings.overdueInterest,
    invoiceLanguage: settings.invoiceLanguage,
    referenceScheme: settings.referenceScheme,
  };
}

const optionalTexts = [
  'legalName',
  'businessId',
  'vatNumber',
  'country',
  'phone',
  'email',
  'website',
  'iban',
  'bic',
  'invoiceFooter',
] as const;

/**
 * The PATCH body for what changed between `initial` and `form` (blank → null, which clears). The payment
 * term is sent as a number when it is one; otherwise as is, for the server to name the field.
 */
export function invoiceDetailsPatch(
  version: number,
  initial: InvoiceDetailsForm,
  form: InvoiceDetailsForm,
): OrganizationSettingsPatch {
  const body: OrganizationSettingsPatch = { version };
  for (const field of optionalTexts) {
    if (form[field] === initial[field]) continue;
    const value = field === 'invoiceFooter' ? form[field] : form[field].trim();
    body[field] = value.trim() === '' ? null : value;
  }
  const addressFields = ['streetLines', 'postalCode', 'city', 'addressCountry'] as const;
  if (addressFields.some((field) => form[field] !== initial[field])) {
    const lines = parseStreetLines(form.streetLines);
    const blank = (text: string) => (text.trim() === '' ? null : text.trim());
    const empty =
      lines.length === 0 &&
      [form.postalCode, form.city, form.addressCountry].every((v) => v.trim() === '');
    body.address = empty
      ? null
      : {
          streetLines: lines,
          postalCode: blank(form.postalCode),
          city: blank(form.city),
          country: blank(form.addressCountry),
        };
  }
  if (form.paymentTermDays !== initial.paymentTermDays) {
    const days = parsePaymentTermDays(form.paymentTermDays);
    body.paymentTermDays = days ?? -1;
  }
  if (form.overdueInterest !== initial.overdueInterest)
    body.overdueInterest = form.overdueInterest.trim();
  if (form.invoiceLanguage !== initial.invoiceLanguage) body.invoiceLanguage = form.invoiceLanguage;
  if (form.referenceScheme !== initial.referenceScheme) body.referenceScheme = form.referenceScheme;
  return body;
}
