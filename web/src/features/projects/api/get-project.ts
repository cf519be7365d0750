import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { projectKeys, projectSchema, type Project } from './project-schema';

/** `GET /projects/{id}`. */
export function getProject(id: number, signal?: AbortSignal): Promise<Project> {
  return apiClient.get(`/projects/${id}`, projectSchema, { signal });
}

export function useProject(id: number) {
  return useQuery({
    queryKey: projectKeys.detail(id),
    queryFn: ({ signal }) => getProject(id, signal),
    enabled: Number.isInteger(id) && id > 0,
  });
}
