import { describe, expect, it } from 'vitest';
import { reorderPatches } from './reorder';

const items = [
  { id: 1, version: 1, position: 1 },
  { id: 2, version: 3, position: 2 },
  { id: 3, version: 1, position: 3 },
];

describe('reorderPatches', () => {
  it('swaps a status with its neighbour', () => {
    expect(reorderPatches(items, 2, -1)).toEqual([
      { id: 3, version: 1, position: 2 },
      { id: 2, version: 3, position: 3 },
    ]);
  });

  it('renumbers ties and gaps so the order is unambiguous', () => {
    const tied = [
      { id: 1, version: 1, position: 5 },
      { id: 2, version: 1, position: 5 },
    ];
    expect(reorderPatches(tied, 0, 1)).toEqual([
      { id: 2, version: 1, position: 1 },
      { id: 1, version: 1, position: 2 },
    ]);
  });

  it('does nothing past either end', () => {
    expect(reorderPatches(items, 0, -1)).toEqual([]);
    expect(reorderPatches(items, 2, 1)).toEqual([]);
  });
});
