import { z } from 'zod';

const nullableText = z
  .string()
  .nullish()
  .transform((value) => value ?? null);
const nullableId = z
  .number()
  .nullish()
  .transform((value) => value ?? null);
const userRefSchema = z.object({ id: z.number(), name: z.string() });
const optionalUserRef = userRefSchema.nullish().transform((value) => value ?? null);

export const moneySchema = z.object({ amount: z.number(), currency: z.string() });
export type Money = z.infer<typeof moneySchema>;

export const projectStateSchema = z.enum(['sales', 'open', 'closed']);
export type ProjectState = z.infer<typeof projectStateSchema>;

export const salesCategorySchema = z.enum(['in_progress', 'won', 'lost']);
export type SalesCategory = z.infer<typeof salesCategorySchema>;

/** A project or sales case; lists leave out `members` and `description`. */
export const projectSchema = z.object({
  id: z.number(),
  number: z.number(),
  name: z.string(),
  customerId: z.number(),
  customerName: z.string(),
  ownerId: nullableId,
  ownerName: nullableText,
  salesPersonId: nullableId,
  salesPersonName: nullableText,
  salesStatusId: z.number(),
  salesStatusName: z.string(),
  salesStatusCategory: salesCategorySchema,
  state: projectStateSchema,
  expectedValue: moneySchema.nullish().transform((value) => value ?? null),
  /** The currency of the project's hours, fees, prices and forecasts (issue 14). */
  currency: nullableText,
  probability: z.number(),
  expectedOrderDate: nullableText,
  startDate: nullableText,
  deadline: nullableText,
  closedDate: nullableText,
  description: nullableText,
  memberIds: z.array(z.number()).default([]),
  members: z.array(userRefSchema).optional(),
  createdAt: z.string(),
  createdBy: optionalUserRef,
  updatedAt: z.string(),
  updatedBy: optionalUserRef,
  version: z.number(),
});
export type Project = z.infer<typeof projectSchema>;

export const projectPageSchema = z.object({
  items: z.array(projectSchema),
  nextCursor: z.string().nullable(),
});

/** The fields of `POST /projects` and (without customerId and state) of `PATCH`. */
export interface ProjectFieldsBody {
  name?: string;
  customerId?: number;
  state?: 'sales' | 'open';
  salesStatusId?: number;
  ownerId?: number | null;
  salesPersonId?: number | null;
  expectedValue?: Money | null;
  probability?: number;
  expectedOrderDate?: string | null;
  startDate?: string | null;
  deadline?: string | null;
  description?: string | null;
  memberIds?: number[];
}

export type ListState = '' | 'sales' | 'open' | 'closed' | 'active';

export interface ProjectListFilters {
  q: string;
  state: ListState;
  owner: number | null;
  customer: number | null;
}

/** Every project query starts with `projects`, so one invalidation refreshes lists, tabs and cards. */
export const projectKeys = {
  all: ['projects'] as const,
  lists: () => [...projectKeys.all, 'list'] as const,
  list: (filters: ProjectListFilters) => [...projectKeys.lists(), filters] as const,
  detail: (id: number) => [...projectKeys.all, 'detail', id] as const,
  history: (id: number) => [...projectKeys.all, 'detail', id, 'history'] as const,
  salesStatuses: () => ['settings', 'sales-statuses', 'active'] as const,
  users: () => ['users', 'active'] as const,
};
