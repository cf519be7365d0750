import { describe, expect, it } from 'vitest';
import { deleteQuery } from './list-items';

describe('deleteQuery', () => {
  it('moves the contacts, removes the item from them, or sends nothing for an unused item', () => {
    expect(deleteQuery({ moveTo: 7 })).toEqual({ moveTo: 7 });
    expect(deleteQuery({ removeFromContacts: true })).toEqual({ removeFromContacts: 'true' });
    expect(deleteQuery(null)).toEqual({});
  });
});
