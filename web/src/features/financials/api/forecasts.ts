import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import {
  financialsKeys,
  forecastsSchema,
  type ForecastFigure,
  type Forecasts,
} from './financials-schema';

type Money = { amount: number; currency: string } | null;
export type ForecastMonthBody = { month: string; notes?: string | null } & Partial<
  Record<ForecastFigure, Money>
>;

/** `GET /projects/{id}/forecasts` (`version: 0` before the first forecast). */
export function getForecasts(projectId: number, signal?: AbortSignal): Promise<Forecasts> {
  return apiClient.get(`/projects/${projectId}/forecasts`, forecastsSchema, { signal });
}

/** `PUT /projects/{id}/forecasts`: the months sent change, the others stay; stale version → 409. */
export function putForecasts(
  projectId: number,
  body: { version: number; months: ForecastMonthBody[] },
): Promise<Forecasts> {
  return apiClient.put(`/projects/${projectId}/forecasts`, forecastsSchema, { body });
}

/** `POST /projects/{id}/forecasts/fill-from-fees`: 409 listing non-empty months unless `overwrite`. */
export function fillForecastsFromFees(projectId: number, overwrite: boolean): Promise<Forecasts> {
  return apiClient.post(`/projects/${projectId}/forecasts/fill-from-fees`, forecastsSchema, {
    body: overwrite ? { overwrite: true } : {},
  });
}

export function useForecasts(projectId: number) {
  return useQuery({
    queryKey: financialsKeys.forecasts(projectId),
    queryFn: ({ signal }) => getForecasts(projectId, signal),
  });
}

/** A saved forecast changes the month table's forecast column too. */
function useSaved(projectId: number) {
  const queryClient = useQueryClient();
  return (saved: Forecasts) => {
    queryClient.setQueryData(financialsKeys.forecasts(projectId), saved);
    void queryClient.invalidateQueries({ queryKey: financialsKeys.all(projectId) });
  };
}

export function useSaveForecasts(projectId: number) {
  const onSuccess = useSaved(projectId);
  return useMutation({
    mutationFn: (body: { version: number; months: ForecastMonthBody[] }) =>
      putForecasts(projectId, body),
    meta: { errorHandling: 'inline' },
    onSuccess,
  });
}

export function useFillForecastsFromFees(projectId: number) {
  const onSuccess = useSaved(projectId);
  return useMutation({
    mutationFn: (overwrite: boolean) => fillForecastsFromFees(projectId, overwrite),
    meta: { errorHandling: 'inline' },
    onSuccess,
  });
}
