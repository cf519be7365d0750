import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '@/lib/api-client';

const optionSchema = z.object({ id: z.number(), name: z.string(), isActive: z.boolean() });
export type ContactOption = z.infer<typeof optionSchema>;
const optionListSchema = z.object({ items: z.array(optionSchema) });

export type OptionList = 'keywords' | 'contact-roles';

/**
 * The organization's keywords and contact roles, for pickers. The key starts with
 * `settings-lists`, the prefix the settings area invalidates when it changes a list.
 */
export const optionKeys = {
  all: ['settings-lists'] as const,
  active: (list: OptionList) => [...optionKeys.all, list, 'active'] as const,
};

/** `GET /settings/{list}`: the active items by name (anyone signed in may list them). */
export function getContactOptions(list: OptionList, signal?: AbortSignal) {
  return apiClient
    .get(`/settings/${list}`, optionListSchema, { signal })
    .then((answer) => answer.items.filter((item) => item.isActive));
}

export function useContactOptions(list: OptionList) {
  return useQuery({
    queryKey: optionKeys.active(list),
    queryFn: ({ signal }) => getContactOptions(list, signal),
  });
}
