import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '@/lib/api-client';
import { getNextCursor } from '@/lib/infinite-list';

const moneySchema = z.object({ amount: z.number(), currency: z.string() });

/**
 * A user (docs/api.md, Users and roles). `hourlyCost` is in the answer only for settings
 * managers and financials editors: its absence means the caller may not see or set it.
 */
export const settingsUserSchema = z.object({
  id: z.number(),
  email: z.string(),
  name: z.string(),
  roleId: z.number().nullish(),
  roleName: z
    .string()
    .nullish()
    .transform((value) => value ?? ''),
  isActive: z.boolean(),
  updatedAt: z.string().optional(),
  version: z.number(),
  hourlyCost: moneySchema.nullish().transform((value) => value ?? null),
});
export type SettingsUser = z.infer<typeof settingsUserSchema>;
export type UserWithCost = SettingsUser & { hourlyCost: z.infer<typeof moneySchema> };

/** Whether the answer carried the user's hourly cost (so the caller may see and set it). */
export function hasHourlyCost(user: SettingsUser): user is UserWithCost {
  return user.hourlyCost !== null;
}

const userPageSchema = z.object({
  items: z.array(settingsUserSchema),
  nextCursor: z.string().nullable(),
});

export const userKeys = {
  all: ['users'] as const,
  settingsList: () => [...userKeys.all, 'settings-list'] as const,
};

/** `GET /users?active=all`: everyone of the organization, a page at a time. */
export function getSettingsUsers(cursor: string | null, signal?: AbortSignal) {
  return apiClient.get('/users', userPageSchema, {
    signal,
    query: { active: 'all', limit: 200, cursor },
  });
}

export function useSettingsUsers() {
  return useInfiniteQuery({
    queryKey: userKeys.settingsList(),
    queryFn: ({ pageParam, signal }) => getSettingsUsers(pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: getNextCursor,
  });
}

export interface HourlyCostBody {
  version: number;
  hourlyCost: { amount: number; currency: string };
}

/** `PATCH /users/{id}` with `{version, hourlyCost}`: stale → 409 with the current user. */
export function updateHourlyCost(id: number, body: HourlyCostBody): Promise<SettingsUser> {
  return apiClient.patch(`/users/${id}`, settingsUserSchema, { body });
}

export function useUpdateHourlyCost() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: HourlyCostBody }) => updateHourlyCost(id, body),
    meta: { errorHandling: 'inline' },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}
