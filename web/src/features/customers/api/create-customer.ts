import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { createAddress, type NewAddressBody } from './create-address';
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

export interface CreateCustomerRequest {
  body: CustomerFieldsBody;
  /** Added once the customer exists, in order (the first becomes the headquarters). */
  addresses?: NewAddressBody[];
}

export interface CreatedCustomer {
  customer: Customer;
  /** Why the addresses were not (all) added; the customer exists either way. */
  addressError: unknown;
}

/** Creates the customer, then its addresses (the create call takes none). */
export async function createCustomerWithAddresses(
  request: CreateCustomerRequest,
): Promise<CreatedCustomer> {
  const customer = await createCustomer(request.body);
  try {
    for (const address of request.addresses ?? []) await createAddress(customer.id, address);
  } catch (addressError) {
    return { customer, addressError };
  }
  return { customer, addressError: null };
}

export function useCreateCustomer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCustomerWithAddresses,
    meta: { errorHandling: 'inline' },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: customerKeys.lists() }),
  });
}
