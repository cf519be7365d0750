import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '@/lib/api-client';

const path = '/settings/invoice-statuses';

export const invoiceStatusSchema = z.object({
  id: z.number(),
  name: z.string(),
  order: z.number(),
  readOnly: z.boolean(),
  assignsNumber: z.boolean(),
  sent: z.boolean(),
  waitingPayment: z.boolean(),
  paid: z.boolean(),
  credited: z.boolean(),
  isDefault: z.boolean(),
  isActive: z.boolean(),
  version: z.number(),
});
export type InvoiceStatus = z.infer<typeof invoiceStatusSchema>;

/** The flags an invoice status can have, in the order the page shows them. */
export const invoiceStatusFlags = [
  'readOnly',
  'assignsNumber',
  'sent',
  'waitingPayment',
  'paid',
  'credited',
] as const;
export type InvoiceStatusFlag = (typeof invoiceStatusFlags)[number];

const listSchema = z.object({ items: z.array(invoiceStatusSchema) });

/** Under `settings`, like the other organization lists. */
export const invoiceStatusKeys = {
  all: ['settings', 'invoice-statuses'] as const,
};

/** `GET /settings/invoice-statuses`: the whole list, disabled ones too, by order. */
export function useInvoiceStatuses() {
  return useQuery({
    queryKey: invoiceStatusKeys.all,
    queryFn: ({ signal }) => apiClient.get(path, listSchema, { signal }).then((list) => list.items),
  });
}

export type InvoiceStatusPatch = { id: number; version: number } & Partial<
  Pick<InvoiceStatus, 'name' | 'isActive' | 'isDefault' | InvoiceStatusFlag>
>;

export type NewInvoiceStatus = { name: string } & Partial<
  Pick<InvoiceStatus, 'isDefault' | InvoiceStatusFlag>
>;

/** Create, change (with the version read), reorder (`PUT …/order`) and delete; the list is read again after each. */
export function useInvoiceStatusMutations() {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: invoiceStatusKeys.all });
  const create = useMutation({
    mutationFn: (body: NewInvoiceStatus) => apiClient.post(path, invoiceStatusSchema, { body }),
    meta: { errorHandling: 'inline' },
    onSettled: refresh,
  });
  const patch = useMutation({
    mutationFn: ({ id, ...body }: InvoiceStatusPatch) =>
      apiClient.patch(`${path}/${id}`, invoiceStatusSchema, { body }),
    meta: { errorHandling: 'inline' },
    onSettled: refresh,
  });
  const reorder = useMutation({
    mutationFn: (ids: number[]) => apiClient.put(`${path}/order`, listSchema, { body: { ids } }),
    meta: { errorHandling: 'inline' },
    onSettled: refresh,
  });
  const remove = useMutation({
    mutationFn: (id: number) => apiClient.sendWithoutResult('DELETE', `${path}/${id}`),
    meta: { errorHandling: 'inline' },
    onSettled: refresh,
  });
  return { create, patch, reorder, remove };
}
