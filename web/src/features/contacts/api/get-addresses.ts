import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { addressKeys, addressListSchema, type Address } from './address-schema';

/** `GET /customers/{id}/addresses`: at most 100, the headquarters first. */
export function getAddresses(customerId: number, signal?: AbortSignal): Promise<Address[]> {
  return apiClient
    .get(`/customers/${customerId}/addresses`, addressListSchema, { signal })
    .then((list) => list.items);
}

export function useAddresses(customerId: number) {
  return useQuery({
    queryKey: addressKeys.list(customerId),
    queryFn: ({ signal }) => getAddresses(customerId, signal),
  });
}
