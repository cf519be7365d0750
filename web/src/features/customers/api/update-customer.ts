import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import {
  customerKeys,
  customerSchema,
  type Customer,
  type CustomerFieldsBody,
} from './customer-schema';
import type { CustomerCard } from './get-customer-card';

export type CustomerPatch = CustomerFieldsBody & { version: number };

/** `PATCH /customers/{id}`: only the changed fields and the version they were read at. */
export function updateCustomer(id: number, patch: CustomerPatch): Promise<Customer> {
  return apiClient.patch(`/customers/${id}`, customerSchema, { body: patch });
}

export function useUpdateCustomer(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: CustomerPatch) => updateCustomer(id, patch),
    meta: { errorHandling: 'inline' },
    onSuccess: (customer) => {
      queryClient.setQueryData<CustomerCard>(customerKeys.card(id), (card) =>
        card ? { ...card, customer } : card,
      );
      // The allowed actions may change with the owner; lists and history show the change too.
      void queryClient.invalidateQueries({ queryKey: customerKeys.card(id) });
      void queryClient.invalidateQueries({ queryKey: customerKeys.history(id) });
      void queryClient.invalidateQueries({ queryKey: customerKeys.lists() });
    },
  });
}
