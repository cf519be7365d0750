import { z } from 'zod';

const moneySchema = z.object({ amount: z.number(), currency: z.string() });
export type FeeMoney = z.infer<typeof moneySchema>;
const userRefSchema = z
  .object({ id: z.number(), name: z.string() })
  .nullish()
  .transform((value) => value ?? null);

export const feeKindSchema = z.enum(['fee', 'cost']);
export type FeeKind = z.infer<typeof feeKindSchema>;

/** A fee (sold) or cost (bought) row on a project (docs/api.md, Fees and costs). */
export const feeSchema = z.object({
  id: z.number(),
  projectId: z.number(),
  kind: feeKindSchema,
  date: z.string(),
  description: z.string(),
  /** A decimal string with up to two places: "1.25". */
  quantity: z.string(),
  unit: z.string(),
  unitPrice: moneySchema,
  unitCost: moneySchema,
  billable: z.boolean(),
  vatRateId: z
    .number()
    .nullish()
    .transform((value) => value ?? null),
  invoiceId: z
    .number()
    .nullish()
    .transform((value) => value ?? null),
  updatedAt: z.string().optional(),
  updatedBy: userRefSchema.optional(),
  version: z.number(),
});
export type Fee = z.infer<typeof feeSchema>;

/** A total as a plain amount in the list's currency, or as money. */
const totalSchema = z.union([z.number(), moneySchema]).optional();

export const feePageSchema = z.object({
  items: z.array(feeSchema),
  nextCursor: z.string().nullable(),
  currency: z.string().optional(),
  totals: z
    .object({
      count: z.number().optional(),
      price: totalSchema,
      billable: totalSchema,
      cost: totalSchema,
    })
    .optional(),
});
export type FeePage = z.infer<typeof feePageSchema>;

export const feeKeys = {
  all: ['fees'] as const,
  list: (projectId: number) => [...feeKeys.all, 'list', projectId] as const,
};
