import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '@/lib/api-client';

const addressSchema = z.object({
  streetLines: z.array(z.string()),
  postalCode: z.string().nullable(),
  city: z.string().nullable(),
  country: z.string().nullable(),
});
export type OrganizationAddress = z.infer<typeof addressSchema>;

/**
 * `GET /settings/organization`: the base currency, the time zone that sets month boundaries, and the
 * details invoices print (docs/api.md, Invoicing details).
 */
export const organizationSettingsSchema = z.object({
  baseCurrency: z.string(),
  timeZone: z.string(),
  legalName: z
    .string()
    .nullish()
    .transform((v) => v ?? null),
  businessId: z
    .string()
    .nullish()
    .transform((v) => v ?? null),
  vatNumber: z
    .string()
    .nullish()
    .transform((v) => v ?? null),
  country: z
    .string()
    .nullish()
    .transform((v) => v ?? null),
  address: addressSchema.nullish().transform((v) => v ?? null),
  phone: z
    .string()
    .nullish()
    .transform((v) => v ?? null),
  email: z
    .string()
    .nullish()
    .transform((v) => v ?? null),
  website: z
    .string()
    .nullish()
    .transform((v) => v ?? null),
  iban: z
    .string()
    .nullish()
    .transform((v) => v ?? null),
  bic: z
    .string()
    .nullish()
    .transform((v) => v ?? null),
  invoiceFooter: z
    .string()
    .nullish()
    .transform((v) => v ?? null),
  paymentTermDays: z.number().default(14),
  overdueInterest: z.string().default('0'),
  invoiceLanguage: z.string().default('en'),
  referenceScheme: z.string().default('rf'),
  invoiceReady: z.array(z.string()).default([]),
  version: z.number(),
});
export type OrganizationSettings = z.infer<typeof organizationSettingsSchema>;

/** A PATCH body: the version read and the fields that change (null clears an optional one). */
export type OrganizationSettingsPatch = { version: number } & Partial<{
  baseCurrency: string;
  timeZone: string;
  legalName: string | null;
  businessId: string | null;
  vatNumber: string | null;
  country: string | null;
  address: {
    streetLines: string[];
    postalCode: string | null;
    city: string | null;
    country: string | null;
  } | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  iban: string | null;
  bic: string | null;
  invoiceFooter: string | null;
  paymentTermDays: number;
  overdueInterest: string;
  invoiceLanguage: string | null;
  referenceScheme: string | null;
}>;

const key = ['settings', 'organization'] as const;

export function useOrganizationSettings() {
  return useQuery({
    queryKey: key,
    queryFn: ({ signal }) =>
      apiClient.get('/settings/organization', organizationSettingsSchema, { signal }),
  });
}

/** `PATCH /settings/organization` with the version read. */
export function useUpdateOrganizationSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OrganizationSettingsPatch) =>
      apiClient.patch('/settings/organization', organizationSettingsSchema, { body }),
    meta: { errorHandling: 'inline' },
    onSuccess: (saved) => {
      queryClient.setQueryData(key, saved);
      void queryClient.invalidateQueries({ queryKey: ['settings-lists', 'work-types'] });
      // Setting the country for the first time adds its VAT rates.
      void queryClient.invalidateQueries({ queryKey: ['settings-lists', 'vat-rates'] });
    },
  });
}
