import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '@/lib/api-client';
import { projectKeys, salesCategorySchema } from './project-schema';

const salesStatusSchema = z.object({
  id: z.number(),
  name: z.string(),
  category: salesCategorySchema,
  probability: z.number(),
  isActive: z.boolean(),
});
export type SalesStatusOption = z.infer<typeof salesStatusSchema>;

const userSchema = z.object({
  id: z.number(),
  name: z.string(),
  email: z.string(),
  isActive: z.boolean(),
});
export type UserOption = z.infer<typeof userSchema>;

/** `GET /settings/sales-statuses`: the active statuses in order, for pickers. */
export function getSalesStatusOptions(signal?: AbortSignal): Promise<SalesStatusOption[]> {
  return apiClient
    .get('/settings/sales-statuses', z.object({ items: z.array(salesStatusSchema) }), { signal })
    .then((page) => page.items);
}

export function useSalesStatusOptions() {
  return useQuery({
    queryKey: projectKeys.salesStatuses(),
    queryFn: ({ signal }) => getSalesStatusOptions(signal),
    staleTime: 60 * 1000,
  });
}

/** `GET /users?active=true` (up to 200): owners, sales people and members. */
export function getUserOptions(signal?: AbortSignal): Promise<UserOption[]> {
  return apiClient
    .get('/users', z.object({ items: z.array(userSchema), nextCursor: z.string().nullable() }), {
      signal,
      query: { active: 'true', limit: 200 },
    })
    .then((page) => page.items);
}

export function useUserOptions() {
  return useQuery({
    queryKey: projectKeys.users(),
    queryFn: ({ signal }) => getUserOptions(signal),
    staleTime: 5 * 60 * 1000,
  });
}
