import { z } from 'zod';

const nullableText = z
  .string()
  .nullish()
  .transform((value) => value ?? null);
const nullableId = z
  .number()
  .nullish()
  .transform((value) => value ?? null);

export const boardTaskSchema = z.object({
  id: z.number(),
  name: z.string(),
  projectId: z.number(),
  projectName: z.string(),
  assigneeId: nullableId,
  assigneeName: nullableText,
  dueDate: nullableText,
  statusId: z.number(),
  rank: z.string(),
  version: z.number(),
});
export type BoardTask = z.infer<typeof boardTaskSchema>;

export const boardStatusSchema = z.object({
  id: z.number(),
  name: z.string(),
  position: z.number(),
  isDone: z.boolean(),
  isDefault: z.boolean(),
});
export type BoardStatus = z.infer<typeof boardStatusSchema>;

export const boardSchema = z.object({
  columns: z.array(
    z.object({
      status: boardStatusSchema,
      count: z.number(),
      tasks: z.array(boardTaskSchema),
      /** Where the column's next tasks start (`GET …/board/columns/{statusId}?cursor=`). */
      nextCursor: nullableText,
    }),
  ),
});
export type Board = z.infer<typeof boardSchema>;
export type BoardColumn = Board['columns'][number];

/** More tasks of one column. */
export const boardColumnPageSchema = z.object({
  items: z.array(boardTaskSchema),
  nextCursor: nullableText,
});
export type BoardColumnPage = z.infer<typeof boardColumnPageSchema>;

/** A task in full (`GET /tasks/{id}`). */
export const taskSchema = boardTaskSchema.extend({
  customerId: z.number(),
  description: nullableText,
  estimateMinutes: nullableId,
  completedAt: nullableText,
  updatedAt: z.string(),
  updatedBy: z
    .object({ id: z.number(), name: z.string() })
    .nullish()
    .transform((value) => value ?? null),
});
export type Task = z.infer<typeof taskSchema>;

/** Whose board: a customer's (every project) or one project's. */
export type BoardSource = { kind: 'customer'; id: number } | { kind: 'project'; id: number };

export interface BoardFilters {
  project: number | null;
  assignee: number | null;
}

export const boardKeys = {
  all: ['board'] as const,
  board: (source: BoardSource, filters: BoardFilters) =>
    [...boardKeys.all, source.kind, source.id, filters] as const,
  /** Every board of one source, whatever its filters (a prefix for invalidation). */
  boardsOf: (source: BoardSource) => [...boardKeys.all, source.kind, source.id] as const,
  task: (id: number) => ['tasks', id] as const,
  statuses: () => ['settings', 'task-statuses', 'active'] as const,
  users: () => ['users', 'active'] as const,
  projects: (customerId: number) => ['projects', 'customer', customerId, 'options'] as const,
};
