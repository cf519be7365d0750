import { useMutation, useQueryClient } from '@tanstack/react-query';
import { hourKeys } from './hour-schema';
import { deleteHourEntry, updateHourEntry, type HourEntryPatch } from './save-hour-entry';

/** An entry changed on the project card: its lists, timesheets and the project's figures refresh. */
function useRefresh(projectId: number) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: hourKeys.all });
    void queryClient.invalidateQueries({ queryKey: ['financials', projectId] });
  };
}

/** `PATCH /hours/{id}` from the project's Hours list (stale → 409 with the current entry). */
export function useUpdateHourEntry(projectId: number) {
  const refresh = useRefresh(projectId);
  return useMutation({
    mutationFn: ({ id, patch }: { id: number; patch: HourEntryPatch }) =>
      updateHourEntry(id, patch),
    meta: { errorHandling: 'inline' },
    onSuccess: refresh,
  });
}

/** `DELETE /hours/{id}`: 204; 409 when invoiced meanwhile. */
export function useDeleteHourEntry(projectId: number) {
  const refresh = useRefresh(projectId);
  return useMutation({
    mutationFn: deleteHourEntry,
    meta: { errorHandling: 'inline' },
    onSuccess: refresh,
  });
}
