import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '@/lib/api-client';
import { activityKeys, activityTypeListSchema } from './activity-schema';

const pickerLimit = 200;

const namedPage = z.object({
  items: z.array(z.object({ id: z.number(), name: z.string() })),
  nextCursor: z.string().nullable(),
});

const projectPage = z.object({
  items: z.array(z.object({ id: z.number(), number: z.number(), name: z.string() })),
  nextCursor: z.string().nullable(),
});

export interface NamedOption {
  id: number;
  name: string;
}

/** `GET /settings/activity-types`: every type; the dialog offers the active ones of its kind. */
export function useActivityTypes() {
  return useQuery({
    queryKey: activityKeys.types(),
    queryFn: ({ signal }) =>
      apiClient
        .get('/settings/activity-types', activityTypeListSchema, { signal })
        .then((a) => a.items),
  });
}

/** `GET /users?active=true`: owners and participants. Under `users`, shared with other pickers. */
export function useUserOptions() {
  return useQuery({
    queryKey: ['users', 'active', 'activities'],
    queryFn: ({ signal }) =>
      apiClient
        .get('/users', namedPage, { signal, query: { active: 'true', limit: pickerLimit } })
        .then((page) => page.items),
    staleTime: 5 * 60 * 1000,
  });
}

/**
 * `GET /customers/{id}/contacts`: the active contacts that can take part. Under `contacts`, so a
 * contact added or deleted on the same tab shows up here too.
 */
export function useContactOptions(customerId: number) {
  return useQuery({
    queryKey: ['contacts', 'customer', customerId, 'activity-participants'],
    queryFn: ({ signal }) =>
      apiClient
        .get(`/customers/${customerId}/contacts`, namedPage, {
          signal,
          query: { limit: pickerLimit, sort: 'name' },
        })
        .then((page) => page.items),
  });
}

/** `GET /projects?customer=`: the customer's projects an activity may be linked to. */
export function useProjectOptions(customerId: number, enabled: boolean) {
  return useQuery({
    queryKey: ['projects', 'customer', customerId, 'activity-options'],
    queryFn: ({ signal }) =>
      apiClient
        .get('/projects', projectPage, {
          signal,
          query: { customer: customerId, limit: pickerLimit },
        })
        .then((page) => page.items),
    enabled,
  });
}
