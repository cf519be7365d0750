import { useInfiniteQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '@/lib/api-client';
import { getNextCursor } from '@/lib/infinite-list';
import { contactKeys, contactSchema } from './contact-schema';

const mailingListEntrySchema = contactSchema.extend({ customerName: z.string() });
export type MailingListEntry = z.infer<typeof mailingListEntrySchema>;

const mailingListPageSchema = z.object({
  items: z.array(mailingListEntrySchema),
  nextCursor: z.string().nullable(),
});

/** `GET /contacts?keyword=ID&active=true`: the active contacts with a keyword, across customers. */
export function getMailingList(keywordId: number, cursor: string | null, signal?: AbortSignal) {
  return apiClient.get('/contacts', mailingListPageSchema, {
    signal,
    query: { keyword: keywordId, active: 'true', limit: 100, cursor },
  });
}

export function useMailingList(keywordId: number | null) {
  return useInfiniteQuery({
    queryKey: contactKeys.mailingList(keywordId ?? 0),
    queryFn: ({ pageParam, signal }) => getMailingList(keywordId ?? 0, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: getNextCursor,
    enabled: keywordId !== null,
  });
}
