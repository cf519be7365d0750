import { z } from 'zod';

const moneySchema = z.object({ amount: z.number(), currency: z.string() });
export type PriceMoney = z.infer<typeof moneySchema>;

/** One work type's price on a project, in the project's currency. */
export const projectPriceSchema = z.object({
  workTypeId: z.number(),
  workTypeName: z
    .string()
    .nullish()
    .transform((value) => value ?? ''),
  hourlyPrice: moneySchema,
});
export type ProjectPrice = z.infer<typeof projectPriceSchema>;

/** `GET /projects/{id}/prices` (docs/api.md, Project prices): `version` is 0 before the first PUT. */
export const projectPricesSchema = z.object({
  projectId: z.number(),
  currency: z.string(),
  prices: z.array(projectPriceSchema),
  version: z.number(),
});
export type ProjectPrices = z.infer<typeof projectPricesSchema>;

/** An organization work type, enough to offer it for a new price row. */
export const priceWorkTypeSchema = z.object({
  id: z.number(),
  name: z.string(),
  isActive: z.boolean(),
});
export type PriceWorkType = z.infer<typeof priceWorkTypeSchema>;

export interface ProjectPricesBody {
  version: number;
  prices: { workTypeId: number; hourlyPrice: PriceMoney }[];
}

export const priceKeys = {
  all: ['project-prices'] as const,
  project: (projectId: number) => [...priceKeys.all, projectId] as const,
  /** Shares the `settings-lists` prefix, so a changed work type refreshes the picker too. */
  workTypes: () => ['settings-lists', 'work-types', 'price-picker'] as const,
};
