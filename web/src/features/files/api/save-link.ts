import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { linkKeys, linkSchema, ownerPath, type CardOwner, type Link } from './file-schema';

export interface LinkFields {
  url: string;
  title: string | null;
  description: string | null;
}

/** `POST /customers/{id}/links` or `/projects/{id}/links`. */
export function createLink(owner: CardOwner, fields: LinkFields): Promise<Link> {
  return apiClient.post(`${ownerPath(owner)}/links`, linkSchema, { body: fields });
}

/** `PATCH /links/{id}`: the changed fields and the version the user read. */
export function updateLink(
  id: number,
  patch: Partial<LinkFields> & { version: number },
): Promise<Link> {
  return apiClient.patch(`/links/${id}`, linkSchema, { body: patch });
}

/** `DELETE /links/{id}`. */
export function deleteLink(id: number): Promise<void> {
  return apiClient.sendWithoutResult('DELETE', `/links/${id}`);
}

function useInvalidateLinks() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: linkKeys.all });
}

export function useCreateLink(owner: CardOwner) {
  const invalidate = useInvalidateLinks();
  return useMutation({
    mutationFn: (fields: LinkFields) => createLink(owner, fields),
    meta: { errorHandling: 'inline' },
    onSuccess: invalidate,
  });
}

export function useUpdateLink() {
  const invalidate = useInvalidateLinks();
  return useMutation({
    mutationFn: ({ id, patch }: { id: number; patch: Partial<LinkFields> & { version: number } }) =>
      updateLink(id, patch),
    meta: { errorHandling: 'inline' },
    onSettled: invalidate,
  });
}

export function useDeleteLink() {
  const invalidate = useInvalidateLinks();
  return useMutation({
    mutationFn: (id: number) => deleteLink(id),
    meta: { errorHandling: 'inline' },
    onSuccess: invalidate,
  });
}
