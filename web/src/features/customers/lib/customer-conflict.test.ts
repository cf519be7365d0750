import { describe, expect, it } from 'vitest';
import { conflictRows, rebaseOnSaved } from './customer-conflict';
import { buildPatchBody, emptyCustomerForm } from './customer-form';

const base = { ...emptyCustomerForm, name: 'Acme Oy', number: '1001', phone: '+358 1' };
const typed = { ...base, name: 'Acme Group Oy' };
const saved = { ...base, name: 'Acme Holding Oy', phone: '+358 2' };

describe('conflictRows', () => {
  it('lists the fields the user changed with both values', () => {
    expect(conflictRows(base, typed, saved)).toEqual([
      { field: 'name', yours: 'Acme Group Oy', theirs: 'Acme Holding Oy' },
    ]);
  });
});

describe('rebaseOnSaved', () => {
  it('keeps what the user typed and takes everything else from the saved version', () => {
    const rebased = rebaseOnSaved(base, typed, saved);
    expect(rebased.name).toBe('Acme Group Oy');
    expect(rebased.phone).toBe('+358 2');
  });

  it('makes the next save send only the user’s own change', () => {
    const rebased = rebaseOnSaved(base, typed, saved);
    expect(buildPatchBody(saved, rebased)).toEqual({ name: 'Acme Group Oy' });
  });
});
