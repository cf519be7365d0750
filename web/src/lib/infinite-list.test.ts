import { describe, expect, it } from 'vitest';
import { flattenPages, getNextCursor } from './infinite-list';

describe('getNextCursor', () => {
  it('passes the cursor on and ends on null or empty', () => {
    expect(getNextCursor({ items: [], nextCursor: 'abc' })).toBe('abc');
    expect(getNextCursor({ items: [], nextCursor: null })).toBeUndefined();
    expect(getNextCursor({ items: [], nextCursor: '' })).toBeUndefined();
  });
});

describe('flattenPages', () => {
  it('joins pages in order', () => {
    const data = {
      pages: [
        { items: [{ id: 1 }, { id: 2 }], nextCursor: 'c1' },
        { items: [{ id: 3 }], nextCursor: null },
      ],
    };
    expect(flattenPages(data).map((item) => item.id)).toEqual([1, 2, 3]);
  });

  it('drops an item repeated on a later page', () => {
    const data = {
      pages: [
        { items: [{ id: 1 }, { id: 2 }], nextCursor: 'c1' },
        { items: [{ id: 2 }, { id: 4 }], nextCursor: null },
      ],
    };
    expect(flattenPages(data).map((item) => item.id)).toEqual([1, 2, 4]);
  });

  it('is empty before the first page', () => {
    expect(flattenPages(undefined)).toEqual([]);
  });
});
