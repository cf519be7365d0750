import { z } from 'zod';

const moneySchema = z.object({ amount: z.number(), currency: z.string() });

/** An amount as integer minor units, whether the server sends a number or `{amount, currency}`. */
const amountSchema = z
  .union([z.number(), moneySchema])
  .nullish()
  .transform((value) =>
    value === null || value === undefined ? null : typeof value === 'number' ? value : value.amount,
  );

/** A percent as a decimal string ("25.5"), whether sent as a string or a number. */
const percentSchema = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((value) => (value === null || value === undefined ? null : String(value)));

const figureSchema = z
  .object({ actual: amountSchema, forecast: amountSchema, difference: amountSchema })
  .partial()
  .default({})
  .transform((figure) => ({
    actual: figure.actual ?? null,
    forecast: figure.forecast ?? null,
    difference: figure.difference ?? null,
  }));
export type Figure = z.infer<typeof figureSchema>;

const percentFigureSchema = z
  .object({ actual: percentSchema, forecast: percentSchema, difference: percentSchema })
  .partial()
  .default({})
  .transform((figure) => ({
    actual: figure.actual ?? null,
    forecast: figure.forecast ?? null,
    difference: figure.difference ?? null,
  }));
export type PercentFigure = z.infer<typeof percentFigureSchema>;

const monthFiguresSchema = z.object({
  month: z.string().nullish(),
  revenue: figureSchema,
  laborCost: figureSchema,
  otherCost: figureSchema,
  margin: figureSchema,
  marginPercent: percentFigureSchema,
  billableMinutes: z.number().default(0),
  nonBillableMinutes: z.number().default(0),
  billablePercent: percentSchema,
});
export type MonthFigures = z.infer<typeof monthFiguresSchema>;

/** `GET /projects/{id}/financials?from=&to=`: the month table and the project totals. */
export const financialsSchema = z.object({
  currency: z.string(),
  months: z.array(monthFiguresSchema),
  totals: monthFiguresSchema,
});
export type ProjectFinancials = z.infer<typeof financialsSchema>;

export const forecastFigures = ['revenue', 'billing', 'laborCost', 'otherCost'] as const;
export type ForecastFigure = (typeof forecastFigures)[number];
/** What a month of the forecast grid holds: the four figures and the month's note. */
export type ForecastField = ForecastFigure | 'notes';

const forecastMonthSchema = z.object({
  month: z.string(),
  revenue: moneySchema.nullish().transform((value) => value ?? null),
  billing: moneySchema.nullish().transform((value) => value ?? null),
  laborCost: moneySchema.nullish().transform((value) => value ?? null),
  otherCost: moneySchema.nullish().transform((value) => value ?? null),
  /** One line of at most 2,000 characters; null when the month has none. */
  notes: z
    .string()
    .nullish()
    .transform((value) => value ?? null),
});
export type ForecastMonth = z.infer<typeof forecastMonthSchema>;

/** `GET /projects/{id}/forecasts`: a row per month that has one, and the forecast's version. */
export const forecastsSchema = z.object({
  months: z.array(forecastMonthSchema),
  version: z.number(),
});
export type Forecasts = z.infer<typeof forecastsSchema>;

export const financialsKeys = {
  all: (projectId: number) => ['financials', projectId] as const,
  table: (projectId: number, from: string, to: string) =>
    [...financialsKeys.all(projectId), 'table', from, to] as const,
  forecasts: (projectId: number) => [...financialsKeys.all(projectId), 'forecasts'] as const,
};
