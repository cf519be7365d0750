import { describe, expect, it } from 'vitest';
import { movedOrder } from './move-status';

const items = [
  { id: 10, isDefault: true },
  { id: 11, isDefault: false },
  { id: 12, isDefault: false },
  { id: 13, isDefault: false },
];

describe('movedOrder', () => {
  it('swaps a status with its neighbour', () => {
    expect(movedOrder(items, 2, -1)).toEqual([10, 12, 11, 13]);
    expect(movedOrder(items, 2, 1)).toEqual([10, 11, 13, 12]);
  });

  it('keeps the default first', () => {
    expect(movedOrder(items, 1, -1)).toBeNull();
    expect(movedOrder(items, 0, 1)).toBeNull();
  });

  it('refuses to move past either end', () => {
    expect(movedOrder(items, 3, 1)).toBeNull();
    expect(movedOrder([{ id: 1, isDefault: false }], 0, -1)).toBeNull();
  });
});
