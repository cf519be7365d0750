import type { MessageKey } from '@/lib/i18n';
import { parseMoneyInput } from '@/lib/money';
import type { HourlyCostBody } from '../api/users';

/** The largest hourly cost the server accepts, in minor units (docs/api.md: 0…10^13). */
export const maxHourlyCost = 10 ** 13;

export type HourlyCostPlan = { ok: true; body: HourlyCostBody } | { ok: false; error: MessageKey };

/**
 * The PATCH body of a typed hourly cost ("45", "45,50", "1 200.00") in the organization's base
 * currency, as exact minor units; zero is allowed (no cost), blank and bad amounts are not.
 */
export function planHourlyCost(text: string, currency: string, version: number): HourlyCostPlan {
  const amount = parseMoneyInput(text, currency);
  if (amount === null) return { ok: false, error: 'users.hourlyCost.required' };
  if (amount === undefined || amount > maxHourlyCost) {
    return { ok: false, error: 'users.hourlyCost.invalid' };
  }
  return { ok: true, body: { version, hourlyCost: { amount, currency } } };
}
