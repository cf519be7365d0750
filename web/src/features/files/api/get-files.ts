import { useInfiniteQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { getNextCursor } from '@/lib/infinite-list';
import {
  fileKeys,
  filePageSchema,
  linkKeys,
  linkPageSchema,
  ownerPath,
  type CardOwner,
} from './file-schema';

export const filePageSize = 20;

/** `GET /customers/{id}/files` or `/projects/{id}/files`: one page, newest first. */
export function getFiles(owner: CardOwner, cursor: string | null, signal?: AbortSignal) {
  return apiClient.get(`${ownerPath(owner)}/files`, filePageSchema, {
    signal,
    query: { limit: filePageSize, cursor },
  });
}

/** `GET /customers/{id}/links` or `/projects/{id}/links`: one page, newest first. */
export function getLinks(owner: CardOwner, cursor: string | null, signal?: AbortSignal) {
  return apiClient.get(`${ownerPath(owner)}/links`, linkPageSchema, {
    signal,
    query: { limit: filePageSize, cursor },
  });
}

export function useFiles(owner: CardOwner) {
  return useInfiniteQuery({
    queryKey: fileKeys.list(owner),
    queryFn: ({ pageParam, signal }) => getFiles(owner, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: getNextCursor,
  });
}

export function useLinks(owner: CardOwner) {
  return useInfiniteQuery({
    queryKey: linkKeys.list(owner),
    queryFn: ({ pageParam, signal }) => getLinks(owner, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: getNextCursor,
  });
}
