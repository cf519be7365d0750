import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '@/lib/api-client';
import { customerKeys } from './customer-schema';

const userSchema = z.object({
  id: z.number(),
  name: z.string(),
  email: z.string(),
  isActive: z.boolean(),
});
export type OwnerOption = z.infer<typeof userSchema>;

const userPageSchema = z.object({
  items: z.array(userSchema),
  nextCursor: z.string().nullable(),
});

/** The most users an owner picker lists; larger organizations get a searchable picker later. */
export const ownerPickerLimit = 200;

/** `GET /users?active=true`: the people who can own a customer. */
export function getOwnerOptions(signal?: AbortSignal): Promise<OwnerOption[]> {
  return apiClient
    .get('/users', userPageSchema, { signal, query: { active: 'true', limit: ownerPickerLimit } })
    .then((page) => page.items);
}

export function useOwnerOptions() {
  return useQuery({
    queryKey: customerKeys.users(),
    queryFn: ({ signal }) => getOwnerOptions(signal),
    staleTime: 5 * 60 * 1000,
  });
}
