import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '@/lib/api-client';

const moneySchema = z.object({ amount: z.number(), currency: z.string() });

/** A work type (docs/api.md, Work types): name, code, default hourly price, billable, active. */
export const workTypeSchema = z.object({
  id: z.number(),
  name: z.string(),
  code: z
    .string()
    .nullish()
    .transform((value) => value ?? ''),
  hourlyPrice: moneySchema.nullish().transform((value) => value ?? null),
  billable: z.boolean(),
  isActive: z.boolean(),
  version: z.number(),
});
export type WorkType = z.infer<typeof workTypeSchema>;

export interface WorkTypeBody {
  name: string;
  code: string;
  hourlyPrice: { amount: number; currency: string };
  billable: boolean;
  isActive: boolean;
}

/** Shares the `settings-lists` prefix: the timesheet's work type picker refreshes too. */
export const workTypeKeys = {
  all: ['settings-lists', 'work-types'] as const,
  list: () => [...workTypeKeys.all, 'all'] as const,
};

/** `GET /settings/work-types`: all of them, inactive ones too, by name. */
export function getWorkTypes(signal?: AbortSignal): Promise<WorkType[]> {
  return apiClient
    .get('/settings/work-types', z.object({ items: z.array(workTypeSchema) }), { signal })
    .then((page) => page.items);
}

export function useWorkTypes() {
  return useQuery({ queryKey: workTypeKeys.list(), queryFn: ({ signal }) => getWorkTypes(signal) });
}

export function saveWorkType(id: number | null, version: number, body: WorkTypeBody) {
  return id === null
    ? apiClient.post('/settings/work-types', workTypeSchema, { body })
    : apiClient.patch(`/settings/work-types/${id}`, workTypeSchema, { body: { ...body, version } });
}

/** `DELETE /settings/work-types/{id}`: 204; 409 while hours or prices use it. */
export function deleteWorkType(id: number): Promise<void> {
  return apiClient.sendWithoutResult('DELETE', `/settings/work-types/${id}`);
}

function useRefresh() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: workTypeKeys.all });
}

export function useSaveWorkType() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({
      id,
      version,
      body,
    }: {
      id: number | null;
      version: number;
      body: WorkTypeBody;
    }) => saveWorkType(id, version, body),
    meta: { errorHandling: 'inline' },
    onSuccess: refresh,
  });
}

export function useDeleteWorkType() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: deleteWorkType,
    meta: { errorHandling: 'inline' },
    onSuccess: refresh,
  });
}
