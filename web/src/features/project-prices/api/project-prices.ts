import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '@/lib/api-client';
import {
  priceKeys,
  priceWorkTypeSchema,
  projectPricesSchema,
  type PriceWorkType,
  type ProjectPrices,
  type ProjectPricesBody,
} from './prices-schema';

/** `GET /projects/{id}/prices`: the project's own hourly prices (403 without financials view). */
export function getProjectPrices(projectId: number, signal?: AbortSignal): Promise<ProjectPrices> {
  return apiClient.get(`/projects/${projectId}/prices`, projectPricesSchema, { signal });
}

/** `PUT /projects/{id}/prices`: replaces the list; a stale version is 409 with the current one. */
export function putProjectPrices(
  projectId: number,
  body: ProjectPricesBody,
): Promise<ProjectPrices> {
  return apiClient.put(`/projects/${projectId}/prices`, projectPricesSchema, { body });
}

/** `GET /settings/work-types`: every work type (the picker offers the active ones). */
export function getPriceWorkTypes(signal?: AbortSignal): Promise<PriceWorkType[]> {
  return apiClient
    .get('/settings/work-types', z.object({ items: z.array(priceWorkTypeSchema) }), { signal })
    .then((page) => page.items);
}

export function useProjectPrices(projectId: number) {
  return useQuery({
    queryKey: priceKeys.project(projectId),
    queryFn: ({ signal }) => getProjectPrices(projectId, signal),
  });
}

export function usePriceWorkTypes() {
  return useQuery({
    queryKey: priceKeys.workTypes(),
    queryFn: ({ signal }) => getPriceWorkTypes(signal),
    staleTime: 60 * 1000,
  });
}

export function useSaveProjectPrices(projectId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ProjectPricesBody) => putProjectPrices(projectId, body),
    meta: { errorHandling: 'inline' },
    onSuccess: (saved) => queryClient.setQueryData(priceKeys.project(projectId), saved),
  });
}
