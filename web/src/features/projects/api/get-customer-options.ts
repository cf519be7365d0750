import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '@/lib/api-client';

const optionSchema = z.object({ id: z.number(), name: z.string() });
export type CustomerOption = z.infer<typeof optionSchema>;

/** The most customers the list's customer filter offers (by name); a search picker comes later. */
export const customerOptionLimit = 200;

/** `GET /customers?active=all&sort=name`: the customer filter's choices. */
export function getCustomerOptions(signal?: AbortSignal): Promise<CustomerOption[]> {
  return apiClient
    .get('/customers', z.object({ items: z.array(optionSchema) }), {
      signal,
      query: { active: 'all', sort: 'name', limit: customerOptionLimit },
    })
    .then((page) => page.items);
}

export function useCustomerOptions() {
  return useQuery({
    queryKey: ['customers', 'options'],
    queryFn: ({ signal }) => getCustomerOptions(signal),
    staleTime: 60 * 1000,
  });
}
