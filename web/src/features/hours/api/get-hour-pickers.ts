import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '@/lib/api-client';
import { hourKeys, workTypeOptionSchema, type WorkTypeOption } from './hour-schema';

/** `GET /settings/work-types`: the active work types, for the timesheet and the filters. */
export function getWorkTypeOptions(signal?: AbortSignal): Promise<WorkTypeOption[]> {
  return apiClient
    .get('/settings/work-types', z.object({ items: z.array(workTypeOptionSchema) }), { signal })
    .then((page) => page.items.filter((type) => type.isActive));
}

export function useWorkTypeOptions() {
  return useQuery({
    queryKey: hourKeys.workTypes(),
    queryFn: ({ signal }) => getWorkTypeOptions(signal),
    staleTime: 60 * 1000,
  });
}

const projectOptionSchema = z.object({
  id: z.number(),
  number: z.number(),
  name: z.string(),
  customerName: z.string(),
  ownerId: z.number().nullish(),
  salesPersonId: z.number().nullish(),
  memberIds: z.array(z.number()).default([]),
  state: z.string(),
});
export type HourProjectOption = z.infer<typeof projectOptionSchema>;

/** `GET /projects?state=open&q=`: open projects matching a search (50 at most). */
export function getHourProjectOptions(q: string, signal?: AbortSignal) {
  return apiClient
    .get(
      '/projects',
      z.object({ items: z.array(projectOptionSchema), nextCursor: z.string().nullable() }),
      { signal, query: { q: q.trim(), state: 'open', limit: 50 } },
    )
    .then((page) => page.items);
}

/**
 * The projects a user may enter hours on, matching the search: with financials edit for everyone
 * any open project, otherwise those they own, sell or are a member of (the server checks again).
 */
export function useHourProjectOptions(q: string, userId: number, anyProject: boolean) {
  return useQuery({
    queryKey: hourKeys.projects(q.trim()),
    queryFn: ({ signal }) => getHourProjectOptions(q, signal),
    placeholderData: keepPreviousData,
    select: (projects) =>
      anyProject
        ? projects
        : projects.filter(
            (project) =>
              project.ownerId === userId ||
              project.salesPersonId === userId ||
              project.memberIds.includes(userId),
          ),
  });
}

const userOptionSchema = z.object({ id: z.number(), name: z.string(), isActive: z.boolean() });
export type HourUserOption = z.infer<typeof userOptionSchema>;

/** `GET /users?active=all` (200 at most): the people whose hours a list can be filtered by. */
export function useHourUserOptions() {
  return useQuery({
    queryKey: hourKeys.users(),
    queryFn: ({ signal }) =>
      apiClient
        .get(
          '/users',
          z.object({ items: z.array(userOptionSchema), nextCursor: z.string().nullable() }),
          { signal, query: { active: 'all', limit: 200 } },
        )
        .then((page) => page.items),
    staleTime: 5 * 60 * 1000,
  });
}
