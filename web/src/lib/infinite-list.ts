/** One page of a keyset-paginated list (docs/api.md: `{items, nextCursor}`). */
export interface CursorPage<T> {
  items: T[];
  nextCursor: string | null;
}

/** `getNextPageParam` for useInfiniteQuery: `undefined` means "no more pages". */
export function getNextCursor<T>(lastPage: CursorPage<T>): string | undefined {
  return lastPage.nextCursor === null || lastPage.nextCursor === ''
    ? undefined
    : lastPage.nextCursor;
}

/** All items loaded so far, in order, without duplicates (by id) should pages overlap. */
export function flattenPages<T extends { id: number | string }>(
  data: { pages: CursorPage<T>[] } | undefined,
): T[] {
  if (!data) return [];
  const seen = new Set<number | string>();
  const items: T[] = [];
  for (const page of data.pages) {
    for (const item of page.items) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      items.push(item);
    }
  }
  return items;
}
