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

export const activityKindSchema = z.enum(['todo', 'calendar']);
export type ActivityKind = z.infer<typeof activityKindSchema>;

/** One entry of the organization's activity type list (Settings → Activity types). */
export const activityTypeSchema = z.object({
  id: z.number(),
  kind: activityKindSchema,
  name: z.string(),
  active: z.boolean(),
  usageCount: z.number(),
  version: z.number(),
});
export type ActivityType = z.infer<typeof activityTypeSchema>;

export const activityTypeListSchema = z.object({ items: z.array(activityTypeSchema) });

/** A participant; a deleted contact stays on the activity without id and name. */
export const participantSchema = z.object({
  type: z.enum(['user', 'contact']),
  id: nullableId,
  name: nullableText,
  deleted: z.boolean().optional().default(false),
});
export type Participant = z.infer<typeof participantSchema>;

export const activitySchema = z.object({
  id: z.number(),
  customerId: z.number(),
  kind: activityKindSchema,
  typeId: z.number(),
  type: z.object({ id: z.number(), name: z.string(), kind: activityKindSchema }),
  name: z.string(),
  description: nullableText,
  location: nullableText,
  dueAt: nullableText,
  startAt: nullableText,
  endAt: nullableText,
  allDay: z.boolean(),
  projectId: nullableId,
  project: z
    .object({ id: z.number(), number: z.number(), name: z.string() })
    .nullish()
    .transform((value) => value ?? null),
  ownerId: nullableId,
  owner: optionalUserRef,
  participants: z.array(participantSchema).default([]),
  isDone: z.boolean(),
  doneAt: nullableText,
  createdAt: z.string(),
  createdBy: optionalUserRef,
  updatedAt: z.string(),
  updatedBy: optionalUserRef,
  version: z.number(),
});
export type Activity = z.infer<typeof activitySchema>;

export const activityPageSchema = z.object({
  items: z.array(activitySchema),
  nextCursor: z.string().nullable(),
});
export type ActivityPage = z.infer<typeof activityPageSchema>;

export interface ParticipantRef {
  type: 'user' | 'contact';
  id: number;
}

/** The fields of `POST …/activities`, and of `PATCH /activities/{id}` with a `version`. */
export interface ActivityBody {
  typeId?: number;
  name?: string;
  description?: string | null;
  location?: string | null;
  dueAt?: string | null;
  startAt?: string | null;
  endAt?: string | null;
  allDay?: boolean;
  projectId?: number | null;
  ownerId?: number | null;
  participants?: ParticipantRef[];
  isDone?: boolean;
}

/** Planned: not done yet, by date; done: by when it was done, newest first. */
export type ActivityState = 'planned' | 'done';

/** The list an activity section shows: a customer's (its projects' included) or one project's. */
export type ActivityScope = { kind: 'customer'; id: number } | { kind: 'project'; id: number };

export function scopePath(scope: ActivityScope): string {
  return scope.kind === 'customer'
    ? `/customers/${scope.id}/activities`
    : `/projects/${scope.id}/activities`;
}

/** Every activity query starts with `activities`: one change refreshes the customer and project cards. */
export const activityKeys = {
  all: ['activities'] as const,
  lists: () => [...activityKeys.all, 'list'] as const,
  list: (scope: ActivityScope, state: ActivityState) =>
    [...activityKeys.lists(), scope.kind, scope.id, state] as const,
  types: () => ['settings', 'activity-types'] as const,
  feed: () => ['me', 'calendar-feed'] as const,
};
