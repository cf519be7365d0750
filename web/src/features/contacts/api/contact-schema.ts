import { z } from 'zod';

const optionalText = z
  .string()
  .nullish()
  .transform((value) => value ?? null);

const optionalId = z
  .number()
  .nullish()
  .transform((value) => value ?? null);

const userRefSchema = z
  .object({ id: z.number(), name: z.string() })
  .nullish()
  .transform((value) => value ?? null);

export const namedRefSchema = z.object({ id: z.number(), name: z.string() });
export type NamedRef = z.infer<typeof namedRefSchema>;

export const contactSchema = z.object({
  id: z.number(),
  customerId: z.number(),
  name: z.string(),
  firstName: optionalText,
  lastName: optionalText,
  title: optionalText,
  email: optionalText,
  mobilePhone: optionalText,
  workPhone: optionalText,
  roleId: optionalId,
  roleName: optionalText,
  keywordIds: z.array(z.number()),
  keywords: z.array(namedRefSchema),
  addressId: optionalId,
  language: optionalText,
  notes: optionalText,
  isActive: z.boolean(),
  createdAt: z.string(),
  createdBy: userRefSchema,
  updatedAt: z.string(),
  updatedBy: userRefSchema,
  version: z.number(),
});
export type Contact = z.infer<typeof contactSchema>;

export const contactPageSchema = z.object({
  items: z.array(contactSchema),
  nextCursor: z.string().nullable(),
});

/** The fields a user types in: `POST /customers/{id}/contacts`, and `PATCH` with a `version`. */
export interface ContactFieldsBody {
  firstName?: string | null;
  lastName?: string | null;
  title?: string | null;
  email?: string | null;
  mobilePhone?: string | null;
  workPhone?: string | null;
  roleId?: number | null;
  keywordIds?: number[];
  addressId?: number | null;
  language?: string | null;
  notes?: string | null;
}

export type ContactSort = 'name' | '-name' | 'lastName' | '-lastName';
export const contactSorts: readonly ContactSort[] = ['name', '-name', 'lastName', '-lastName'];

export interface ContactListFilters {
  q: string;
  sort: ContactSort;
  showInactive: boolean;
}

export const contactKeys = {
  all: ['contacts'] as const,
  customer: (customerId: number) => [...contactKeys.all, 'customer', customerId] as const,
  list: (customerId: number, filters: ContactListFilters) =>
    [...contactKeys.customer(customerId), filters] as const,
  mailingLists: () => [...contactKeys.all, 'mailing-list'] as const,
  mailingList: (keywordId: number) => [...contactKeys.mailingLists(), keywordId] as const,
};

/** Downloads are plain links: the browser sends the session cookie and saves the file. */
export const downloadUrls = {
  contactVcard: (id: number) => `/api/v1/contacts/${id}/vcard`,
  customerVcard: (customerId: number) => `/api/v1/customers/${customerId}/contacts/vcard`,
  mailingListCsv: (keywordId: number) =>
    `/api/v1/contacts?keyword=${keywordId}&active=true&format=csv`,
};
