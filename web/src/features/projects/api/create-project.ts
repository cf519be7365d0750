import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { projectKeys, projectSchema, type Project, type ProjectFieldsBody } from './project-schema';

/** `POST /projects`. */
export function createProject(body: ProjectFieldsBody): Promise<Project> {
  return apiClient.post('/projects', projectSchema, { body });
}

export function useCreateProject() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createProject,
    meta: { errorHandling: 'inline' },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: projectKeys.all }),
  });
}
