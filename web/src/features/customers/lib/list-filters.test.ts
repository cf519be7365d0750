import { describe, expect, it } from 'vitest';
import { parseListFilters, writeListFilters } from './list-filters';

describe('parseListFilters', () => {
  it('fills in defaults', () => {
    expect(parseListFilters(new URLSearchParams())).toEqual({
      q: '',
      owner: null,
      active: 'true',
      sort: 'name',
    });
  });

  it('ignores values the API does not know', () => {
    const filters = parseListFilters(new URLSearchParams('owner=abc&active=maybe&sort=size'));
    expect(filters).toEqual({ q: '', owner: null, active: 'true', sort: 'name' });
  });

  it('reads valid values', () => {
    const filters = parseListFilters(new URLSearchParams('q=kia&owner=3&active=all&sort=-number'));
    expect(filters).toEqual({ q: 'kia', owner: 3, active: 'all', sort: '-number' });
  });
});

describe('writeListFilters', () => {
  it('keeps defaults out of the address', () => {
    const params = writeListFilters(new URLSearchParams('q=x&sort=number'), {
      q: '',
      sort: 'name',
      active: 'false',
    });
    expect(params.toString()).toBe('active=false');
  });
});
