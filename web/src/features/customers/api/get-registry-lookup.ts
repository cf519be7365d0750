import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { registryKeys, registryLookupSchema, type RegistryLookup } from './registry-schema';

/** `GET /customers/{id}/registry-lookup`: the registry's values next to the customer's. */
export function getRegistryLookup(
  customerId: number,
  signal?: AbortSignal,
): Promise<RegistryLookup> {
  return apiClient.get(`/customers/${customerId}/registry-lookup`, registryLookupSchema, {
    signal,
  });
}

/**
 * Asked afresh each time the dialog opens. Not retried: the server already retries a dropped
 * connection once, and a registry that is down or throttling asks us to try again later.
 */
export function useRegistryLookup(customerId: number) {
  return useQuery({
    queryKey: registryKeys.lookup(customerId),
    queryFn: ({ signal }) => getRegistryLookup(customerId, signal),
    retry: false,
    staleTime: 0,
    gcTime: 0,
  });
}
