import { z } from 'zod';

/** The organization lists contacts pick from; both have the same API. */
export type SettingsList = 'keywords' | 'contact-roles';

const userRefSchema = z
  .object({ id: z.number(), name: z.string() })
  .nullish()
  .transform((value) => value ?? null);

export const listItemSchema = z.object({
  id: z.number(),
  name: z.string(),
  isActive: z.boolean(),
  usageCount: z.number(),
  createdAt: z.string(),
  createdBy: userRefSchema,
  updatedAt: z.string(),
  updatedBy: userRefSchema,
  version: z.number(),
});
export type ListItem = z.infer<typeof listItemSchema>;

export const listItemListSchema = z.object({ items: z.array(listItemSchema) });

/**
 * Keys start with `settings-lists`: the contact pickers keep their copies under the same prefix,
 * so a change here refreshes them too.
 */
export const settingsListKeys = {
  all: ['settings-lists'] as const,
  list: (list: SettingsList) => [...settingsListKeys.all, list] as const,
  admin: (list: SettingsList) => [...settingsListKeys.list(list), 'all'] as const,
};

/** Contacts show keyword and role names: their cached lists start with this key. */
export const contactsQueryPrefix = ['contacts'] as const;
