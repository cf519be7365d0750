import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '@/lib/api-client';
import type { TaskBody } from '../lib/task-form';
import { boardKeys, taskSchema, type Task } from './board-schema';

/** `GET /tasks/{id}`: the whole task, for the edit dialog. */
export function getTask(id: number, signal?: AbortSignal): Promise<Task> {
  return apiClient.get(`/tasks/${id}`, taskSchema, { signal });
}

export function useTask(id: number | null) {
  return useQuery({
    queryKey: boardKeys.task(id ?? 0),
    queryFn: ({ signal }) => getTask(id ?? 0, signal),
    enabled: id !== null,
  });
}

/** `POST /projects/{id}/tasks`: last in its column. */
export function createTask(projectId: number, body: TaskBody): Promise<Task> {
  return apiClient.post(`/projects/${projectId}/tasks`, taskSchema, { body });
}

/** `PATCH /tasks/{id}`; 409 on a stale version with `error.current`. */
export function updateTask(id: number, body: TaskBody & { version: number }): Promise<Task> {
  return apiClient.patch(`/tasks/${id}`, taskSchema, { body });
}

export function useSaveTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (
      input:
        | { kind: 'create'; projectId: number; body: TaskBody }
        | { kind: 'update'; id: number; body: TaskBody & { version: number } },
    ) =>
      input.kind === 'create'
        ? createTask(input.projectId, input.body)
        : updateTask(input.id, input.body),
    meta: { errorHandling: 'inline' },
    onSuccess: (task) => {
      queryClient.setQueryData(boardKeys.task(task.id), task);
      void queryClient.invalidateQueries({ queryKey: boardKeys.all });
    },
  });
}

const statusSchema = z.object({ id: z.number(), name: z.string(), isActive: z.boolean() });
export type TaskStatusOption = z.infer<typeof statusSchema>;

export function useTaskStatusOptions() {
  return useQuery({
    queryKey: boardKeys.statuses(),
    queryFn: ({ signal }) =>
      apiClient
        .get('/settings/task-statuses', z.object({ items: z.array(statusSchema) }), { signal })
        .then((page) => page.items),
    staleTime: 60 * 1000,
  });
}

const userSchema = z.object({
  id: z.number(),
  name: z.string(),
  email: z.string(),
  isActive: z.boolean(),
});
export type UserOption = z.infer<typeof userSchema>;

/** Same query as the other user pickers (`users`, `active`): one request for all of them. */
export function useUserOptions() {
  return useQuery({
    queryKey: boardKeys.users(),
    queryFn: ({ signal }) =>
      apiClient
        .get(
          '/users',
          z.object({ items: z.array(userSchema), nextCursor: z.string().nullable() }),
          {
            signal,
            query: { active: 'true', limit: 200 },
          },
        )
        .then((page) => page.items),
    staleTime: 5 * 60 * 1000,
  });
}

const projectOptionSchema = z.object({ id: z.number(), name: z.string(), number: z.number() });
export type ProjectOption = z.infer<typeof projectOptionSchema>;

/** The customer's sales cases and open projects (up to 200), for the project filter and picker. */
export function useCustomerProjectOptions(customerId: number | null) {
  return useQuery({
    queryKey: boardKeys.projects(customerId ?? 0),
    queryFn: ({ signal }) =>
      apiClient
        .get('/projects', z.object({ items: z.array(projectOptionSchema) }), {
          signal,
          query: { customer: customerId, state: 'active', limit: 200 },
        })
        .then((page) => page.items),
    enabled: customerId !== null,
  });
}
