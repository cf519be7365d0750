import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import {
  activityKeys,
  activityTypeSchema,
  type ActivityKind,
  type ActivityType,
} from './activity-schema';

export interface NewActivityType {
  kind: ActivityKind;
  name: string;
  active?: boolean;
}

export interface ActivityTypePatch {
  version: number;
  name?: string;
  active?: boolean;
}

export function createActivityType(body: NewActivityType): Promise<ActivityType> {
  return apiClient.post('/settings/activity-types', activityTypeSchema, { body });
}

export function updateActivityType(id: number, patch: ActivityTypePatch): Promise<ActivityType> {
  return apiClient.patch(`/settings/activity-types/${id}`, activityTypeSchema, { body: patch });
}

export function deleteActivityType(id: number): Promise<void> {
  return apiClient.sendWithoutResult('DELETE', `/settings/activity-types/${id}`);
}

/** Types show by name on every activity: a rename refreshes the lists too. */
function useRefresh() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: activityKeys.types() });
    void queryClient.invalidateQueries({ queryKey: activityKeys.lists() });
  };
}

export function useCreateActivityType() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: createActivityType,
    meta: { errorHandling: 'inline' },
    onSuccess: refresh,
  });
}

export function useUpdateActivityType(errorHandling: 'inline' | 'toast') {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, patch }: { id: number; patch: ActivityTypePatch }) =>
      updateActivityType(id, patch),
    meta: { errorHandling },
    onSettled: refresh,
  });
}

export function useDeleteActivityType() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: deleteActivityType,
    meta: { errorHandling: 'inline' },
    onSuccess: refresh,
  });
}
