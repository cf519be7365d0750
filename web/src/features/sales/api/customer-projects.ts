import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '@/lib/api-client';
import { getNextCursor } from '@/lib/infinite-list';

const nullableText = z
  .string()
  .nullish()
  .transform((value) => value ?? null);

/** One row of the tab: a sales case or a project (lists leave out members and description). */
export const projectRowSchema = z.object({
  id: z.number(),
  number: z.number(),
  name: z.string(),
  ownerName: nullableText,
  salesStatusName: z.string(),
  salesStatusCategory: z.enum(['in_progress', 'won', 'lost']),
  state: z.enum(['sales', 'open', 'closed']),
  expectedValue: z
    .object({ amount: z.number(), currency: z.string() })
    .nullish()
    .transform((value) => value ?? null),
  probability: z.number(),
  expectedOrderDate: nullableText,
  deadline: nullableText,
  closedDate: nullableText,
});
export type ProjectRow = z.infer<typeof projectRowSchema>;

const pageSchema = z.object({
  items: z.array(projectRowSchema),
  nextCursor: z.string().nullable(),
});
export type ProjectRowPage = z.infer<typeof pageSchema>;

/** A total in minor units: an integer, or beyond 2^53 − 1 its exact decimal digits as a string. */
const figureSchema = z.union([z.number().int(), z.string().regex(/^-?\d+$/)]);

export const totalsSchema = z.object({
  currency: z.string(),
  count: z.number(),
  pipeline: figureSchema,
  weighted: figureSchema,
});
export type Totals = z.infer<typeof totalsSchema>;

const groupsSchema = z.object({
  open: pageSchema,
  closed: pageSchema,
  totals: z.array(totalsSchema),
});
export type CustomerProjects = z.infer<typeof groupsSchema>;

export type ProjectGroup = 'open' | 'closed';

/** Under `projects`, so creating or changing a project anywhere refreshes the tab. */
export const customerProjectKeys = {
  groups: (customerId: number) => ['projects', 'customer', customerId] as const,
  more: (customerId: number, group: ProjectGroup) =>
    ['projects', 'customer', customerId, 'more', group] as const,
};

/** `GET /customers/{id}/projects`: open (sales cases and open projects) and closed, with totals. */
export function getCustomerProjects(customerId: number, signal?: AbortSignal) {
  return apiClient.get(`/customers/${customerId}/projects`, groupsSchema, {
    signal,
    query: { limit: 50 },
  });
}

export function useCustomerProjects(customerId: number) {
  return useQuery({
    queryKey: customerProjectKeys.groups(customerId),
    queryFn: ({ signal }) => getCustomerProjects(customerId, signal),
  });
}

/** A group's further pages: `GET /projects?customer=&state=active|closed` from its nextCursor. */
export function useMoreProjects(
  customerId: number,
  group: ProjectGroup,
  firstCursor: string | null,
  requested: boolean,
) {
  return useInfiniteQuery({
    queryKey: [...customerProjectKeys.more(customerId, group), firstCursor],
    queryFn: ({ pageParam, signal }) =>
      apiClient.get('/projects', pageSchema, {
        signal,
        query: {
          customer: customerId,
          state: group === 'open' ? 'active' : 'closed',
          limit: 50,
          cursor: pageParam,
        },
      }),
    initialPageParam: firstCursor,
    getNextPageParam: getNextCursor,
    enabled: requested && firstCursor !== null,
  });
}
