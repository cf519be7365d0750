import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api-error';
import {
  conflictRows,
  formatIdList,
  parseIdList,
  rebaseOnSaved,
  splitFieldErrors,
} from './form-values';

const fields = ['name', 'city'] as const;

describe('conflict helpers', () => {
  const base = { name: 'A', city: 'Espoo' };
  const typed = { name: 'B', city: 'Espoo' };
  const saved = { name: 'C', city: 'Oulu' };

  it('lists the user’s changes next to the saved values', () => {
    expect(conflictRows(fields, base, typed, saved)).toEqual([
      { field: 'name', yours: 'B', theirs: 'C' },
    ]);
  });

  it('keeps the typed changes and takes the rest from the saved version', () => {
    expect(rebaseOnSaved(fields, base, typed, saved)).toEqual({ name: 'B', city: 'Oulu' });
  });
});

describe('id lists', () => {
  it('round-trip sorted', () => {
    expect(formatIdList([9, 5])).toBe('5,9');
    expect(parseIdList('5,9')).toEqual([5, 9]);
    expect(parseIdList('')).toEqual([]);
  });
});

describe('splitFieldErrors', () => {
  it('puts known fields at their control and the rest above the form', () => {
    const error = new ApiError({
      status: 422,
      code: 'validation_failed',
      message: '',
      fields: [
        { field: 'street[1]', message: 'too long' },
        { field: 'name', message: 'required' },
        { field: 'foo', message: 'unknown' },
      ],
    });
    const split = splitFieldErrors(error, ['name', 'street2'], (field) =>
      field === 'street[1]' ? 'street2' : field,
    );
    expect(split.byField).toEqual({ street2: 'too long', name: 'required' });
    expect(split.other).toEqual([{ field: 'foo', message: 'unknown' }]);
  });
});
