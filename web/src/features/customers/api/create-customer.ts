import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import {
  customerKeys,
  customerSchema,
  type Customer,
  type CustomerFieldsBody,
} from './customer-schema';

/** `POST /customers`. */
export function createCustomer(body: CustomerFieldsBody): Promise<Customer> {
  return apiClient.post('/customers', customerSchema, { body });
}

export function useCreateCustomer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCustomer,
    meta: { errorHandling: 'inline' },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: customerKeys.lists() }),
  });
}
