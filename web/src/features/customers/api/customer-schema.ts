import { z } from 'zod';

/** Optional text: the API sends `null` when empty; an absent field is read the same way. */
const optionalText = z
  .string()
  .nullish()
  .transform((value) => value ?? null);

const userRefSchema = z.object({ id: z.number(), name: z.string() });
const optionalUserRef = userRefSchema.nullish().transform((value) => value ?? null);

export const customerSchema = z.object({
  id: z.number(),
  number: z.number(),
  name: z.string(),
  vatNumber: optionalText,
  country: optionalText,
  accountOwnerId: z
    .number()
    .nullish()
    .transform((value) => value ?? null),
  accountOwnerName: optionalText,
  email: optionalText,
  website: optionalText,
  phone: optionalText,
  industry: optionalText,
  isActive: z.boolean(),
  createdAt: z.string(),
  createdBy: optionalUserRef,
  updatedAt: z.string(),
  updatedBy: optionalUserRef,
  version: z.number(),
});
export type Customer = z.infer<typeof customerSchema>;

/** The fields a user types in: `POST /customers`, and `PATCH` with a `version`. */
export interface CustomerFieldsBody {
  name?: string;
  number?: number | null;
  vatNumber?: string | null;
  country?: string | null;
  accountOwnerId?: number | null;
  email?: string | null;
  website?: string | null;
  phone?: string | null;
  industry?: string | null;
}

export type CustomerListSort = 'name' | '-name' | 'number' | '-number';
export type ActiveFilter = 'true' | 'false' | 'all';

export interface CustomerListFilters {
  q: string;
  owner: number | null;
  active: ActiveFilter;
  sort: CustomerListSort;
}

export const customerKeys = {
  all: ['customers'] as const,
  lists: () => [...customerKeys.all, 'list'] as const,
  list: (filters: CustomerListFilters) => [...customerKeys.lists(), filters] as const,
  card: (id: number) => [...customerKeys.all, id, 'card'] as const,
  history: (id: number) => [...customerKeys.all, id, 'history'] as const,
  users: () => ['users', 'active'] as const,
};
