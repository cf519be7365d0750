/**
 * The ids in their new order after moving the status at `index` one step up (-1) or down (1), or null when
 * it cannot go there: past either end, or across the default, which always stays first (invoices start in it).
 */
export function movedOrder<T extends { id: number; isDefault: boolean }>(
  items: T[],
  index: number,
  direction: -1 | 1,
): number[] | null {
  const target = index + direction;
  const moving = items[index];
  const other = items[target];
  if (!moving || !other || moving.isDefault || other.isDefault) return null;
  const ids = items.map((item) => item.id);
  ids[index] = other.id;
  ids[target] = moving.id;
  return ids;
}
