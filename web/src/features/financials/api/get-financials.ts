import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { financialsKeys, financialsSchema, type ProjectFinancials } from './financials-schema';

/** `GET /projects/{id}/financials?from=YYYY-MM&to=YYYY-MM`. */
export function getProjectFinancials(
  projectId: number,
  from: string,
  to: string,
  signal?: AbortSignal,
): Promise<ProjectFinancials> {
  return apiClient.get(`/projects/${projectId}/financials`, financialsSchema, {
    signal,
    query: { from, to },
  });
}

export function useProjectFinancials(projectId: number, from: string, to: string) {
  return useQuery({
    queryKey: financialsKeys.table(projectId, from, to),
    queryFn: ({ signal }) => getProjectFinancials(projectId, from, to, signal),
  });
}
