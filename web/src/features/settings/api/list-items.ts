import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import {
  contactsQueryPrefix,
  listItemListSchema,
  listItemSchema,
  settingsListKeys,
  type ListItem,
  type SettingsList,
} from './list-item-schema';

/** What happens to the contacts of a used item that is deleted. */
export type DeleteDisposal = { moveTo: number } | { removeFromContacts: true } | null;

/** `GET /settings/{list}?includeDisabled=true`: every item by name, with usage counts. */
export function getListItems(list: SettingsList, signal?: AbortSignal): Promise<ListItem[]> {
  return apiClient
    .get(`/settings/${list}`, listItemListSchema, { signal, query: { includeDisabled: true } })
    .then((answer) => answer.items);
}

export function createListItem(list: SettingsList, name: string): Promise<ListItem> {
  return apiClient.post(`/settings/${list}`, listItemSchema, { body: { name } });
}

export function updateListItem(
  list: SettingsList,
  id: number,
  patch: { version: number; name?: string; isActive?: boolean },
): Promise<ListItem> {
  return apiClient.patch(`/settings/${list}/${id}`, listItemSchema, { body: patch });
}

/** The query of a DELETE: `?moveTo=ID`, `?removeFromContacts=true`, or nothing for an unused item. */
export function deleteQuery(disposal: DeleteDisposal): Record<string, string | number> {
  if (disposal === null) return {};
  if ('moveTo' in disposal) return { moveTo: disposal.moveTo };
  return { removeFromContacts: 'true' };
}

export function deleteListItem(
  list: SettingsList,
  id: number,
  disposal: DeleteDisposal,
): Promise<void> {
  return apiClient.sendWithoutResult('DELETE', `/settings/${list}/${id}`, {
    query: deleteQuery(disposal),
  });
}

export function useListItems(list: SettingsList) {
  return useQuery({
    queryKey: settingsListKeys.admin(list),
    queryFn: ({ signal }) => getListItems(list, signal),
  });
}

function useInvalidate(list: SettingsList) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: settingsListKeys.list(list) });
    void queryClient.invalidateQueries({ queryKey: contactsQueryPrefix });
  };
}

export function useCreateListItem(list: SettingsList) {
  const invalidate = useInvalidate(list);
  return useMutation({
    mutationFn: (name: string) => createListItem(list, name),
    meta: { errorHandling: 'inline' },
    onSuccess: invalidate,
  });
}

export function useUpdateListItem(list: SettingsList, errorHandling: 'inline' | 'toast') {
  const invalidate = useInvalidate(list);
  return useMutation({
    mutationFn: ({ id, patch }: { id: number; patch: Parameters<typeof updateListItem>[2] }) =>
      updateListItem(list, id, patch),
    meta: { errorHandling },
    onSettled: invalidate,
  });
}

export function useDeleteListItem(list: SettingsList) {
  const invalidate = useInvalidate(list);
  return useMutation({
    mutationFn: ({ id, disposal }: { id: number; disposal: DeleteDisposal }) =>
      deleteListItem(list, id, disposal),
    meta: { errorHandling: 'inline' },
    onSuccess: invalidate,
  });
}
