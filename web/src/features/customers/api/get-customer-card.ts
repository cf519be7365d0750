import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { z } from 'zod';
import { apiClient } from '@/lib/api-client';
import { customerKeys, customerSchema } from './customer-schema';

const cardSchema = z.object({
  customer: customerSchema,
  actions: z.object({
    canEdit: z.boolean(),
    canDelete: z.boolean(),
    canInactivate: z.boolean(),
    canReactivate: z.boolean(),
    canUpdateFromRegistry: z.boolean(),
  }),
});
export type CustomerCard = z.infer<typeof cardSchema>;
export type CardActions = CustomerCard['actions'];

/** `GET /customers/{id}/card`: the header and what this user may do with it. */
export function getCustomerCard(id: number, signal?: AbortSignal): Promise<CustomerCard> {
  return apiClient.get(`/customers/${id}/card`, cardSchema, { signal });
}

export function useCustomerCard(id: number) {
  return useQuery({
    queryKey: customerKeys.card(id),
    queryFn: ({ signal }) => getCustomerCard(id, signal),
    enabled: Number.isInteger(id) && id > 0,
  });
}

/** Starts loading a card before it is opened (pointer over or focus on its link). */
export function usePrefetchCustomerCard() {
  const queryClient = useQueryClient();
  return useCallback(
    (id: number) =>
      void queryClient.prefetchQuery({
        queryKey: customerKeys.card(id),
        queryFn: ({ signal }) => getCustomerCard(id, signal),
      }),
    [queryClient],
  );
}
