import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '@/lib/api-client';

export type StatusKind = 'sales' | 'task';

export const statusSchema = z.object({
  id: z.number(),
  name: z.string(),
  position: z.number(),
  isActive: z.boolean(),
  version: z.number(),
  // Sales statuses
  category: z.enum(['in_progress', 'won', 'lost']).optional(),
  probability: z.number().optional(),
  // Task statuses
  isDone: z.boolean().optional(),
  isDefault: z.boolean().optional(),
});
export type Status = z.infer<typeof statusSchema>;

const paths: Record<StatusKind, string> = {
  sales: '/settings/sales-statuses',
  task: '/settings/task-statuses',
};

/** Under `settings`, so the pickers (`settings`, `…-statuses`, `active`) refresh with each change. */
export const statusKeys = {
  all: (kind: StatusKind) =>
    ['settings', kind === 'sales' ? 'sales-statuses' : 'task-statuses'] as const,
  list: (kind: StatusKind) => [...statusKeys.all(kind), 'all'] as const,
};

/** `GET /settings/…-statuses?includeDisabled=true`: the whole list, by position. */
export function useStatuses(kind: StatusKind) {
  return useQuery({
    queryKey: statusKeys.list(kind),
    queryFn: ({ signal }) =>
      apiClient
        .get(paths[kind], z.object({ items: z.array(statusSchema) }), {
          signal,
          query: { includeDisabled: 'true' },
        })
        .then((page) => page.items),
  });
}

export type StatusPatch = { id: number; version: number } & Partial<
  Pick<
    Status,
    'name' | 'position' | 'isActive' | 'isDefault' | 'isDone' | 'probability' | 'category'
  >
>;

export interface NewStatus {
  name: string;
  category?: Status['category'];
  probability?: number;
  isDone?: boolean;
}

/** Create (`POST`) and change (`PATCH` with the version); the list is read again afterwards. */
export function useStatusMutations(kind: StatusKind) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: statusKeys.all(kind) });
  const create = useMutation({
    mutationFn: (body: NewStatus) => apiClient.post(paths[kind], statusSchema, { body }),
    meta: { errorHandling: 'inline' },
    onSettled: refresh,
  });
  const patch = useMutation({
    // Several patches (a reorder) go one after another, each with its own version.
    mutationFn: async (patches: StatusPatch[]) => {
      for (const { id, ...body } of patches) {
        await apiClient.patch(`${paths[kind]}/${id}`, statusSchema, { body });
      }
    },
    meta: { errorHandling: 'inline' },
    onSettled: refresh,
  });
  return { create, patch };
}
