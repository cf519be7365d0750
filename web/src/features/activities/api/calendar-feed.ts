import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '@/lib/api-client';
import { activityKeys } from './activity-schema';

const feedStateSchema = z.object({
  active: z.boolean(),
  createdAt: z
    .string()
    .nullish()
    .transform((value) => value ?? null),
});
export type FeedState = z.infer<typeof feedStateSchema>;

/** Only the answer of creating a feed carries its URL: the server keeps just a hash of it. */
const createdFeedSchema = z.object({
  active: z.literal(true),
  url: z.string(),
  createdAt: z.string(),
});
export type CreatedFeed = z.infer<typeof createdFeedSchema>;

/** `GET /me/calendar-feed`: whether the signed-in user has a subscription URL. */
export function useCalendarFeed() {
  return useQuery({
    queryKey: activityKeys.feed(),
    queryFn: ({ signal }) => apiClient.get('/me/calendar-feed', feedStateSchema, { signal }),
  });
}

/** `POST /me/calendar-feed`: a new secret URL; any earlier one stops working. */
export function useCreateCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiClient.post('/me/calendar-feed', createdFeedSchema),
    meta: { errorHandling: 'inline' },
    onSuccess: (feed) =>
      queryClient.setQueryData<FeedState>(activityKeys.feed(), {
        active: true,
        createdAt: feed.createdAt,
      }),
  });
}

/** `DELETE /me/calendar-feed`: the URL answers 404 from now on. */
export function useRevokeCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiClient.sendWithoutResult('DELETE', '/me/calendar-feed'),
    meta: { errorHandling: 'inline' },
    onSuccess: () =>
      queryClient.setQueryData<FeedState>(activityKeys.feed(), { active: false, createdAt: null }),
  });
}
