import { useInfiniteQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '@/lib/api-client';
import { getNextCursor } from '@/lib/infinite-list';
import { projectKeys, projectStateSchema } from './project-schema';

const nullableState = projectStateSchema.nullish().transform((value) => value ?? null);

const statusChangeSchema = z.object({
  id: z.number(),
  at: z.string(),
  by: z
    .object({ id: z.number(), name: z.string() })
    .nullish()
    .transform((value) => value ?? null),
  fromStatusName: z
    .string()
    .nullish()
    .transform((value) => value ?? null),
  toStatusName: z
    .string()
    .nullish()
    .transform((value) => value ?? null),
  fromState: nullableState,
  toState: nullableState,
});
export type StatusChange = z.infer<typeof statusChangeSchema>;

const pageSchema = z.object({
  items: z.array(statusChangeSchema),
  nextCursor: z.string().nullable(),
});

/** `GET /projects/{id}/status-history`, newest first. */
export function getStatusHistory(id: number, cursor: string | null, signal?: AbortSignal) {
  return apiClient.get(`/projects/${id}/status-history`, pageSchema, {
    signal,
    query: { limit: 50, cursor },
  });
}

export function useStatusHistory(id: number) {
  return useInfiniteQuery({
    queryKey: projectKeys.history(id),
    queryFn: ({ pageParam, signal }) => getStatusHistory(id, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: getNextCursor,
  });
}
