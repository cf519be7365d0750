import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '@/lib/api-client';

/** `GET /settings/organization`: the base currency and the time zone that sets month boundaries. */
export const organizationSettingsSchema = z.object({
  baseCurrency: z.string(),
  timeZone: z.string(),
  version: z.number(),
});
export type OrganizationSettings = z.infer<typeof organizationSettingsSchema>;

const key = ['settings', 'organization'] as const;

export function useOrganizationSettings() {
  return useQuery({
    queryKey: key,
    queryFn: ({ signal }) =>
      apiClient.get('/settings/organization', organizationSettingsSchema, { signal }),
  });
}

/** `PATCH /settings/organization` with the version read. */
export function useUpdateOrganizationSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { version: number; baseCurrency: string; timeZone: string }) =>
      apiClient.patch('/settings/organization', organizationSettingsSchema, { body }),
    meta: { errorHandling: 'inline' },
    onSuccess: (saved) => {
      queryClient.setQueryData(key, saved);
      void queryClient.invalidateQueries({ queryKey: ['settings-lists', 'work-types'] });
    },
  });
}
