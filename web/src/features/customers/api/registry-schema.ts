import { z } from 'zod';
import { customerKeys } from './customer-schema';

const optionalText = z
  .string()
  .nullish()
  .transform((value) => value ?? null);

/** An address as the registry gives it (and as the customer's matching address compares). */
export const registryAddressSchema = z.object({
  street: z.array(z.string()),
  postalCode: optionalText,
  city: optionalText,
  country: optionalText,
});
export type RegistryAddress = z.infer<typeof registryAddressSchema>;

/** Who the data comes from: the credit the registry's licence asks for. */
const sourceSchema = z.object({
  registry: z.string(),
  licence: z.string(),
  url: optionalText,
});
export type RegistrySource = z.infer<typeof sourceSchema>;

/** `active`, `deleted`, `bankrupt` or `liquidation`; anything newer is shown as it comes. */
const statusSchema = z.string();

function comparison<T extends z.ZodTypeAny>(value: T) {
  return z.object({
    current: value.nullish().transform((v) => v ?? null),
    registry: value.nullish().transform((v) => v ?? null),
    differs: z.boolean(),
    available: z.boolean(),
  });
}

const textComparison = comparison(z.string());
const addressComparison = comparison(registryAddressSchema);

export const registryLookupSchema = z.object({
  source: sourceSchema,
  businessId: z.string(),
  status: statusSchema,
  deletedOn: optionalText,
  withdrawn: z.boolean(),
  parallelNames: z.array(z.string()).default([]),
  canUpdate: z.boolean(),
  addressesSupported: z.boolean(),
  fields: z.object({
    name: textComparison,
    visitingAddress: addressComparison,
    postalAddress: addressComparison,
    email: textComparison,
    website: textComparison,
  }),
});
export type RegistryLookup = z.infer<typeof registryLookupSchema>;

export const registryCompanySchema = z.object({
  source: sourceSchema,
  country: z.string(),
  businessId: z.string(),
  vatNumber: optionalText,
  status: statusSchema,
  deletedOn: optionalText,
  withdrawn: z.boolean(),
  name: optionalText,
  parallelNames: z.array(z.string()).default([]),
  visitingAddress: registryAddressSchema.nullish().transform((v) => v ?? null),
  postalAddress: registryAddressSchema.nullish().transform((v) => v ?? null),
  email: optionalText,
  website: optionalText,
});
export type RegistryCompany = z.infer<typeof registryCompanySchema>;

/** The fields a registry update can take over, in the order the dialog lists them. */
export const registryFields = [
  'name',
  'visitingAddress',
  'postalAddress',
  'email',
  'website',
] as const;
export type RegistryField = (typeof registryFields)[number];

export const registryKeys = {
  lookup: (customerId: number) => [...customerKeys.all, customerId, 'registry-lookup'] as const,
};
