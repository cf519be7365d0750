import { z } from 'zod';

const nullableText = z
  .string()
  .nullish()
  .transform((value) => value ?? null);
const nullableId = z
  .number()
  .nullish()
  .transform((value) => value ?? null);

export const moneySchema = z.object({ amount: z.number(), currency: z.string() });
const nullableMoney = moneySchema.nullish().transform((value) => value ?? null);

/** An hour entry (docs/api.md, Hours). */
export const hourEntrySchema = z.object({
  id: z.number(),
  userId: z.number(),
  userName: nullableText,
  projectId: z.number(),
  projectName: nullableText,
  workTypeId: z.number(),
  workTypeName: nullableText,
  date: z.string(),
  minutes: z.number(),
  description: z
    .string()
    .nullish()
    .transform((value) => value ?? ''),
  billable: z.boolean(),
  unitPrice: nullableMoney,
  unitCost: nullableMoney,
  invoiceId: nullableId,
  /** Who saved last and when: shown when a save meets a newer version (409). */
  updatedAt: z.string().optional(),
  updatedBy: z
    .object({ id: z.number(), name: z.string() })
    .nullish()
    .transform((value) => value ?? null)
    .optional(),
  version: z.number(),
});
export type HourEntry = z.infer<typeof hourEntrySchema>;

export const hourPageSchema = z.object({
  items: z.array(hourEntrySchema),
  nextCursor: z.string().nullable(),
  totals: z.unknown().optional(),
});

/** One entry behind a timesheet cell: enough to update or delete it. */
const cellEntrySchema = z.object({
  id: z.number(),
  version: z.number(),
  minutes: z.number(),
  description: z
    .string()
    .nullish()
    .transform((value) => value ?? ''),
  /** Invoiced entries are locked (409 on PATCH and DELETE). */
  invoiced: z.boolean().default(false),
});
export type CellEntry = z.infer<typeof cellEntrySchema>;

const timesheetCellSchema = z.object({
  date: z.string(),
  minutes: z.number(),
  entries: z.array(cellEntrySchema).default([]),
});

const timesheetRowSchema = z.object({
  projectId: z.number(),
  projectName: z.string(),
  projectNumber: z.number().nullish(),
  customerName: nullableText,
  totalMinutes: z.number().optional(),
  workTypeId: z.number(),
  workTypeName: z.string(),
  cells: z.array(timesheetCellSchema),
});
export type TimesheetRow = z.infer<typeof timesheetRowSchema>;

/** `GET /me/timesheet?week=`: rows of project + work type, a cell per day with its entries. */
export const timesheetSchema = z.object({
  week: z.string(),
  rows: z.array(timesheetRowSchema),
});
export type Timesheet = z.infer<typeof timesheetSchema>;

export const workTypeOptionSchema = z.object({
  id: z.number(),
  name: z.string(),
  code: z.string().nullish(),
  billable: z.boolean(),
  isActive: z.boolean(),
});
export type WorkTypeOption = z.infer<typeof workTypeOptionSchema>;

export interface HourListFilters {
  projectId: number;
  userId: number | null;
  workTypeId: number | null;
  /** `YYYY-MM`, or empty for all months. */
  month: string;
  billable: '' | 'true' | 'false';
  invoiced: '' | 'true' | 'false';
}

/** Every hours query starts with `hours`; a saved entry refreshes timesheets and lists. */
export const hourKeys = {
  all: ['hours'] as const,
  timesheet: (week: string) => [...hourKeys.all, 'timesheet', week] as const,
  lists: () => [...hourKeys.all, 'list'] as const,
  list: (filters: HourListFilters) => [...hourKeys.lists(), filters] as const,
  projects: (q: string) => [...hourKeys.all, 'projects', q] as const,
  workTypes: () => ['settings-lists', 'work-types', 'active'] as const,
  users: () => ['users', 'all', 'options'] as const,
  save: ['hours', 'save'] as const,
};
