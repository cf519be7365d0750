import { describe, expect, it } from 'vitest';
import { parseProjectFilters, writeProjectFilters } from './list-filters';

describe('project list filters', () => {
  it('reads known values and drops unknown ones', () => {
    const params = new URLSearchParams('q=erp&state=open&owner=3&customer=x');
    expect(parseProjectFilters(params)).toEqual({
      q: 'erp',
      state: 'open',
      owner: 3,
      customer: null,
    });
    expect(parseProjectFilters(new URLSearchParams('state=bogus')).state).toBe('');
  });

  it('writes a change and removes cleared filters', () => {
    const params = new URLSearchParams('q=erp&owner=3');
    expect(writeProjectFilters(params, { owner: null, state: 'closed' }).toString()).toBe(
      'q=erp&state=closed',
    );
  });
});
