import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '@/lib/api-client';

/** A VAT rate (docs/api.md, VAT rates): percent as a decimal string, EN 16931 category code. */
export const vatRateSchema = z.object({
  id: z.number(),
  name: z.string(),
  percent: z.string(),
  category: z.string(),
  isActive: z.boolean(),
  usageCount: z.number().default(0),
  version: z.number(),
});
export type VatRate = z.infer<typeof vatRateSchema>;

export interface VatRateBody {
  name: string;
  percent: string;
  category: string;
  isActive: boolean;
}

/** Shares the `settings-lists` prefix with the other organization lists. */
export const vatRateKeys = {
  all: ['settings-lists', 'vat-rates'] as const,
  list: () => [...vatRateKeys.all, 'all'] as const,
};

/** `GET /settings/vat-rates`: all of them, active first. */
export function getVatRates(signal?: AbortSignal): Promise<VatRate[]> {
  return apiClient
    .get('/settings/vat-rates', z.object({ items: z.array(vatRateSchema) }), { signal })
    .then((page) => page.items);
}

export function useVatRates() {
  return useQuery({ queryKey: vatRateKeys.list(), queryFn: ({ signal }) => getVatRates(signal) });
}

export function saveVatRate(id: number | null, version: number, body: Partial<VatRateBody>) {
  return id === null
    ? apiClient.post('/settings/vat-rates', vatRateSchema, { body })
    : apiClient.patch(`/settings/vat-rates/${id}`, vatRateSchema, { body: { ...body, version } });
}

/** `DELETE /settings/vat-rates/{id}`: 204; 409 while fees use it. */
export function deleteVatRate(id: number): Promise<void> {
  return apiClient.sendWithoutResult('DELETE', `/settings/vat-rates/${id}`);
}

function useRefresh() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: vatRateKeys.all });
}

export function useSaveVatRate() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({
      id,
      version,
      body,
    }: {
      id: number | null;
      version: number;
      body: Partial<VatRateBody>;
    }) => saveVatRate(id, version, body),
    meta: { errorHandling: 'inline' },
    onSuccess: refresh,
  });
}

export function useDeleteVatRate() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: deleteVatRate,
    meta: { errorHandling: 'inline' },
    onSuccess: refresh,
  });
}
