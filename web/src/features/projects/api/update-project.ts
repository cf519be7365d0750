import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { projectKeys, projectSchema, type Project, type ProjectFieldsBody } from './project-schema';

export type ProjectPatch = Omit<ProjectFieldsBody, 'customerId' | 'state'> & { version: number };

/** `PATCH /projects/{id}`: the changed fields and the version they were read at. */
export function updateProject(id: number, patch: ProjectPatch): Promise<Project> {
  return apiClient.patch(`/projects/${id}`, projectSchema, { body: patch });
}

/** `POST /projects/{id}/close` or `/reopen`. */
export function setProjectOpen(id: number, change: 'close' | 'reopen', version: number) {
  return apiClient.post(`/projects/${id}/${change}`, projectSchema, { body: { version } });
}

function useRefreshProject(id: number) {
  const queryClient = useQueryClient();
  return (project?: Project) => {
    if (project) queryClient.setQueryData(projectKeys.detail(id), project);
    // Lists, the customer's tab and the status history show the change too.
    void queryClient.invalidateQueries({ queryKey: projectKeys.all });
  };
}

export function useUpdateProject(id: number) {
  const refresh = useRefreshProject(id);
  return useMutation({
    mutationFn: (patch: ProjectPatch) => updateProject(id, patch),
    meta: { errorHandling: 'inline' },
    onSuccess: (project) => refresh(project),
    onError: () => refresh(),
  });
}

export function useSetProjectOpen(id: number) {
  const refresh = useRefreshProject(id);
  return useMutation({
    mutationFn: ({ change, version }: { change: 'close' | 'reopen'; version: number }) =>
      setProjectOpen(id, change, version),
    // The card shows a refusal (e.g. reopening a lost sales case) next to the button.
    meta: { errorHandling: 'inline' },
    onSuccess: (project) => refresh(project),
    // After a refusal (stale version, lost status) the card shows what is saved now.
    onError: () => refresh(),
  });
}
