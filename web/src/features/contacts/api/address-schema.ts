import { z } from 'zod';

const optionalText = z
  .string()
  .nullish()
  .transform((value) => value ?? null);

const userRefSchema = z
  .object({ id: z.number(), name: z.string() })
  .nullish()
  .transform((value) => value ?? null);

export const addressUses = ['visiting', 'postal', 'billing', 'delivery'] as const;
export type AddressUse = (typeof addressUses)[number];

export const addressSchema = z.object({
  id: z.number(),
  customerId: z.number(),
  street: z.array(z.string()),
  postalCode: optionalText,
  city: optionalText,
  region: optionalText,
  country: optionalText,
  phone: optionalText,
  uses: z
    .array(z.string())
    .transform((uses) =>
      uses.filter((use): use is AddressUse => (addressUses as readonly string[]).includes(use)),
    ),
  isHeadquarters: z.boolean(),
  createdAt: z.string(),
  createdBy: userRefSchema,
  updatedAt: z.string(),
  updatedBy: userRefSchema,
  version: z.number(),
});
export type Address = z.infer<typeof addressSchema>;

export const addressListSchema = z.object({ items: z.array(addressSchema) });

/** The fields a user types in: `POST /customers/{id}/addresses`, and `PATCH` with a `version`. */
export interface AddressFieldsBody {
  street?: string[];
  postalCode?: string | null;
  city?: string | null;
  region?: string | null;
  country?: string | null;
  phone?: string | null;
  uses?: AddressUse[];
}

export const addressKeys = {
  all: ['addresses'] as const,
  list: (customerId: number) => [...addressKeys.all, customerId] as const,
};
