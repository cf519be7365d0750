import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { customerKeys, customerSchema, type Customer } from './customer-schema';

/** `POST /customers/{id}/inactivate`. */
export function inactivateCustomer(id: number, version: number): Promise<Customer> {
  return apiClient.post(`/customers/${id}/inactivate`, customerSchema, { body: { version } });
}

/** `POST /customers/{id}/reactivate`. */
export function reactivateCustomer(id: number, version: number): Promise<Customer> {
  return apiClient.post(`/customers/${id}/reactivate`, customerSchema, { body: { version } });
}

export type ActiveChange = 'inactivate' | 'reactivate';

export function useSetCustomerActive(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ change, version }: { change: ActiveChange; version: number }) =>
      change === 'inactivate' ? inactivateCustomer(id, version) : reactivateCustomer(id, version),
    // Also after a failure (e.g. a stale version): the card shows what is saved now.
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: customerKeys.card(id) });
      void queryClient.invalidateQueries({ queryKey: customerKeys.history(id) });
      void queryClient.invalidateQueries({ queryKey: customerKeys.lists() });
    },
  });
}
