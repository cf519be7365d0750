import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { addressKeys, addressSchema, type Address, type AddressFieldsBody } from './address-schema';
import { contactKeys } from './contact-schema';

export type AddressPatch = AddressFieldsBody & { version: number };

/** `POST /customers/{id}/addresses`: the customer's first address becomes its headquarters. */
export function createAddress(customerId: number, body: AddressFieldsBody): Promise<Address> {
  return apiClient.post(`/customers/${customerId}/addresses`, addressSchema, { body });
}

/** `PATCH /addresses/{id}`: the changed fields and the version they were read at. */
export function updateAddress(id: number, patch: AddressPatch): Promise<Address> {
  return apiClient.patch(`/addresses/${id}`, addressSchema, { body: patch });
}

/** `POST /addresses/{id}/make-headquarters`. */
export function makeHeadquarters(id: number, version: number): Promise<Address> {
  return apiClient.post(`/addresses/${id}/make-headquarters`, addressSchema, {
    body: { version },
  });
}

/** `DELETE /addresses/{id}`: 409 for the headquarters while other addresses remain. */
export function deleteAddress(id: number): Promise<void> {
  return apiClient.sendWithoutResult('DELETE', `/addresses/${id}`);
}

function useInvalidateAddresses(customerId: number) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: addressKeys.list(customerId) });
    // Contacts show their address; a deleted one leaves them without.
    void queryClient.invalidateQueries({ queryKey: contactKeys.customer(customerId) });
  };
}

export function useCreateAddress(customerId: number) {
  const invalidate = useInvalidateAddresses(customerId);
  return useMutation({
    mutationFn: (body: AddressFieldsBody) => createAddress(customerId, body),
    meta: { errorHandling: 'inline' },
    onSuccess: invalidate,
  });
}

export function useUpdateAddress(customerId: number) {
  const invalidate = useInvalidateAddresses(customerId);
  return useMutation({
    mutationFn: ({ id, patch }: { id: number; patch: AddressPatch }) => updateAddress(id, patch),
    meta: { errorHandling: 'inline' },
    onSettled: invalidate,
  });
}

export function useMakeHeadquarters(customerId: number) {
  const invalidate = useInvalidateAddresses(customerId);
  return useMutation({
    mutationFn: ({ id, version }: { id: number; version: number }) => makeHeadquarters(id, version),
    // Also after a failure (e.g. a stale version): the list shows what is saved now.
    onSettled: invalidate,
  });
}

export function useDeleteAddress(customerId: number) {
  const invalidate = useInvalidateAddresses(customerId);
  return useMutation({
    mutationFn: (id: number) => deleteAddress(id),
    meta: { errorHandling: 'inline' },
    onSuccess: invalidate,
  });
}
