import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import {
  placeActivity,
  removeActivity,
  stateOf,
  withDone,
  type ActivityPages,
} from '../lib/activity-lists';
import {
  activityKeys,
  activitySchema,
  scopePath,
  type Activity,
  type ActivityBody,
  type ActivityScope,
} from './activity-schema';

export type ActivityPatch = ActivityBody & { version: number };

/** `POST /customers/{id}/activities` or `/projects/{id}/activities`. */
export function createActivity(scope: ActivityScope, body: ActivityBody): Promise<Activity> {
  return apiClient.post(scopePath(scope), activitySchema, { body });
}

/** `PATCH /activities/{id}`: the changed fields and the version read. */
export function updateActivity(id: number, patch: ActivityPatch): Promise<Activity> {
  return apiClient.patch(`/activities/${id}`, activitySchema, { body: patch });
}

/** `DELETE /activities/{id}`. */
export function deleteActivity(id: number): Promise<void> {
  return apiClient.sendWithoutResult('DELETE', `/activities/${id}`);
}

/** Every list of every card: an activity shows on its customer's card and its project's. */
function invalidateLists(queryClient: QueryClient) {
  void queryClient.invalidateQueries({ queryKey: activityKeys.lists() });
  // Usage counts on the activity types page change with the activities.
  void queryClient.invalidateQueries({ queryKey: activityKeys.types() });
}

export function useCreateActivity(scope: ActivityScope) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ActivityBody) => createActivity(scope, body),
    meta: { errorHandling: 'inline' },
    onSuccess: () => invalidateLists(queryClient),
  });
}

export function useUpdateActivity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: number; patch: ActivityPatch }) => updateActivity(id, patch),
    meta: { errorHandling: 'inline' },
    onSettled: () => invalidateLists(queryClient),
  });
}

export function useDeleteActivity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => deleteActivity(id),
    meta: { errorHandling: 'inline' },
    onSuccess: () => invalidateLists(queryClient),
  });
}

type Snapshot = [readonly unknown[], ActivityPages | undefined][];

/**
 * The one-click done checkbox: the row moves to the other list at once (every loaded list of
 * this scope), and back where it was if the server refuses; the caller says why.
 */
export function useSetActivityDone(scope: ActivityScope) {
  const queryClient = useQueryClient();
  const planned = activityKeys.list(scope, 'planned');
  const done = activityKeys.list(scope, 'done');
  return useMutation({
    mutationFn: ({ activity, isDone }: { activity: Activity; isDone: boolean }) =>
      updateActivity(activity.id, { version: activity.version, isDone }),
    meta: { errorHandling: 'inline' },
    onMutate: async ({ activity, isDone }) => {
      await queryClient.cancelQueries({ queryKey: activityKeys.lists() });
      const snapshot: Snapshot = [
        [planned, queryClient.getQueryData<ActivityPages>(planned)],
        [done, queryClient.getQueryData<ActivityPages>(done)],
      ];
      const moved = withDone(activity, isDone, new Date());
      const target = stateOf(moved);
      queryClient.setQueryData<ActivityPages>(target === 'done' ? planned : done, (data) =>
        removeActivity(data, activity.id),
      );
      queryClient.setQueryData<ActivityPages>(target === 'done' ? done : planned, (data) =>
        placeActivity(data, moved, target),
      );
      return { snapshot };
    },
    onError: (_error, _variables, context) => {
      for (const [key, data] of context?.snapshot ?? []) queryClient.setQueryData(key, data);
    },
    onSettled: () => invalidateLists(queryClient),
  });
}
