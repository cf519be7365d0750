import { useInfiniteQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '@/lib/api-client';
import { getNextCursor } from '@/lib/infinite-list';
import { customerKeys } from './customer-schema';

const historyValue = z
  .union([z.string(), z.number(), z.boolean()])
  .nullish()
  .transform((value) => (value === null || value === undefined ? null : String(value)));

const historyEntrySchema = z.object({
  id: z.number(),
  at: z.string(),
  by: z
    .object({ id: z.number(), name: z.string() })
    .nullish()
    .transform((value) => value ?? null),
  field: z.string(),
  oldValue: historyValue,
  newValue: historyValue,
  source: z
    .string()
    .nullish()
    .transform((value) => value ?? null),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

const historyPageSchema = z.object({
  items: z.array(historyEntrySchema),
  nextCursor: z.string().nullable(),
});

/** `GET /customers/{id}/history`: changes, newest first. */
export function getCustomerHistory(id: number, cursor: string | null, signal?: AbortSignal) {
  return apiClient.get(`/customers/${id}/history`, historyPageSchema, {
    signal,
    query: { limit: 50, cursor },
  });
}

export function useCustomerHistory(id: number, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: customerKeys.history(id),
    queryFn: ({ pageParam, signal }) => getCustomerHistory(id, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: getNextCursor,
    enabled,
  });
}
