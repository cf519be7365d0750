/** The patches that move one status up or down: positions 1…n in the new order, only where they change. */
export function reorderPatches<T extends { id: number; version: number; position: number }>(
  items: T[],
  index: number,
  direction: -1 | 1,
): { id: number; version: number; position: number }[] {
  const target = index + direction;
  if (target < 0 || target >= items.length) return [];
  const order = [...items];
  const [moved] = order.splice(index, 1);
  if (!moved) return [];
  order.splice(target, 0, moved);
  return order
    .map((item, i) => ({ id: item.id, version: item.version, position: i + 1, was: item.position }))
    .filter((item) => item.position !== item.was)
    .map(({ id, version, position }) => ({ id, version, position }));
}
