import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { customerKeys } from './customer-schema';

/** `DELETE /customers/{id}`; 409 when contacts, projects or invoices are attached. */
export function deleteCustomer(id: number): Promise<void> {
  return apiClient.sendWithoutResult('DELETE', `/customers/${id}`);
}

export function useDeleteCustomer(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteCustomer(id),
    meta: { errorHandling: 'inline' },
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: [...customerKeys.all, id] });
      void queryClient.invalidateQueries({ queryKey: customerKeys.lists() });
    },
  });
}
