import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { feeKeys, feeSchema, type Fee, type FeeKind, type FeeMoney } from './fee-schema';

export interface FeeBody {
  kind: FeeKind;
  date: string;
  description: string;
  quantity: string;
  unit: string;
  unitPrice: FeeMoney;
  unitCost: FeeMoney;
  billable: boolean;
}

/** `POST /projects/{id}/fees`. */
export function createFee(projectId: number, body: FeeBody): Promise<Fee> {
  return apiClient.post(`/projects/${projectId}/fees`, feeSchema, { body });
}

/** `PATCH /fees/{id}` with the version read (stale → 409 with the current row). */
export function updateFee(id: number, body: Partial<FeeBody> & { version: number }): Promise<Fee> {
  return apiClient.patch(`/fees/${id}`, feeSchema, { body });
}

/** `DELETE /fees/{id}`: 204; 409 when invoiced. */
export function deleteFee(id: number): Promise<void> {
  return apiClient.sendWithoutResult('DELETE', `/fees/${id}`);
}

/** Fees change the project's figures too: the financials queries are read again. */
function useRefresh(projectId: number) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: feeKeys.list(projectId) });
    void queryClient.invalidateQueries({ queryKey: ['financials', projectId] });
  };
}

export function useSaveFee(projectId: number) {
  const refresh = useRefresh(projectId);
  return useMutation({
    mutationFn: ({ id, version, body }: { id: number | null; version: number; body: FeeBody }) =>
      id === null ? createFee(projectId, body) : updateFee(id, { ...body, version }),
    meta: { errorHandling: 'inline' },
    onSuccess: refresh,
  });
}

export function useDeleteFee(projectId: number) {
  const refresh = useRefresh(projectId);
  return useMutation({
    mutationFn: deleteFee,
    meta: { errorHandling: 'inline' },
    onSuccess: refresh,
  });
}
