import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { customerKeys, customerSchema, type Customer } from './customer-schema';
import type { CustomerCard } from './get-customer-card';
import type { RegistryField } from './registry-schema';

export interface RegistryUpdateBody {
  version: number;
  fields: RegistryField[];
}

/** `POST /customers/{id}/registry-update`: takes the chosen fields over in one transaction. */
export function updateFromRegistry(
  customerId: number,
  body: RegistryUpdateBody,
): Promise<Customer> {
  return apiClient.post(`/customers/${customerId}/registry-update`, customerSchema, { body });
}

export function useUpdateFromRegistry(customerId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RegistryUpdateBody) => updateFromRegistry(customerId, body),
    meta: { errorHandling: 'inline' },
    onSuccess: (customer) => {
      queryClient.setQueryData<CustomerCard>(customerKeys.card(customerId), (card) =>
        card ? { ...card, customer } : card,
      );
      // Everything under this customer: the card, its history, its addresses.
      void queryClient.invalidateQueries({ queryKey: [...customerKeys.all, customerId] });
      void queryClient.invalidateQueries({ queryKey: customerKeys.lists() });
    },
  });
}
