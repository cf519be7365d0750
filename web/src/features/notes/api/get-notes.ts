import { useInfiniteQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { getNextCursor } from '@/lib/infinite-list';
import { noteKeys, notePageSchema, ownerPath, type NoteOwner } from './note-schema';

export const notePageSize = 20;

/** `GET /customers/{id}/notes` or `/projects/{id}/notes`: one page, newest first. */
export function getNotes(owner: NoteOwner, cursor: string | null, signal?: AbortSignal) {
  return apiClient.get(`${ownerPath(owner)}/notes`, notePageSchema, {
    signal,
    query: { limit: notePageSize, cursor },
  });
}

/** Pages follow the keyset cursor one "Load more" at a time. */
export function useNotes(owner: NoteOwner) {
  return useInfiniteQuery({
    queryKey: noteKeys.list(owner),
    queryFn: ({ pageParam, signal }) => getNotes(owner, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: getNextCursor,
  });
}
