import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { contactKeys, contactSchema, type Contact, type ContactFieldsBody } from './contact-schema';
import { optionKeys } from './get-contact-options';

export type ContactPatch = ContactFieldsBody & { version: number };
export type ActiveChange = 'inactivate' | 'reactivate';

/** `POST /customers/{id}/contacts`. */
export function createContact(customerId: number, body: ContactFieldsBody): Promise<Contact> {
  return apiClient.post(`/customers/${customerId}/contacts`, contactSchema, { body });
}

/** `PATCH /contacts/{id}`: the changed fields (`keywordIds` replaces the set) and the version. */
export function updateContact(id: number, patch: ContactPatch): Promise<Contact> {
  return apiClient.patch(`/contacts/${id}`, contactSchema, { body: patch });
}

/** `POST /contacts/{id}/inactivate` or `/reactivate`. */
export function setContactActive(id: number, change: ActiveChange, version: number) {
  return apiClient.post(`/contacts/${id}/${change}`, contactSchema, { body: { version } });
}

/** `DELETE /contacts/{id}`. */
export function deleteContact(id: number): Promise<void> {
  return apiClient.sendWithoutResult('DELETE', `/contacts/${id}`);
}

function useInvalidateContacts(customerId: number) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: contactKeys.customer(customerId) });
    void queryClient.invalidateQueries({ queryKey: contactKeys.mailingLists() });
    // Usage counts of keywords and roles change with their contacts.
    void queryClient.invalidateQueries({ queryKey: optionKeys.all });
  };
}

export function useCreateContact(customerId: number) {
  const invalidate = useInvalidateContacts(customerId);
  return useMutation({
    mutationFn: (body: ContactFieldsBody) => createContact(customerId, body),
    meta: { errorHandling: 'inline' },
    onSuccess: invalidate,
  });
}

export function useUpdateContact(customerId: number) {
  const invalidate = useInvalidateContacts(customerId);
  return useMutation({
    mutationFn: ({ id, patch }: { id: number; patch: ContactPatch }) => updateContact(id, patch),
    meta: { errorHandling: 'inline' },
    onSettled: invalidate,
  });
}

export function useSetContactActive(customerId: number) {
  const invalidate = useInvalidateContacts(customerId);
  return useMutation({
    mutationFn: ({ id, change, version }: { id: number; change: ActiveChange; version: number }) =>
      setContactActive(id, change, version),
    onSettled: invalidate,
  });
}

export function useDeleteContact(customerId: number) {
  const invalidate = useInvalidateContacts(customerId);
  return useMutation({
    mutationFn: (id: number) => deleteContact(id),
    meta: { errorHandling: 'inline' },
    onSuccess: invalidate,
  });
}
