import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { describeError } from './describe-error';

describe('describeError', () => {
  it('has a sentence for each kind of failure', () => {
    expect(describeError(new ApiError({ status: 0, code: 'network_error', message: '' }))).toMatch(
      /could not be reached/,
    );
    expect(describeError(new ApiError({ status: 403, code: 'forbidden', message: '' }))).toBe(
      'You are not allowed to do this.',
    );
    expect(describeError(new ApiError({ status: 500, code: 'internal', message: 'boom' }))).toBe(
      'The server could not complete the request.',
    );
    expect(
      describeError(new ApiError({ status: 409, code: 'conflict', message: 'number is taken' })),
    ).toBe('This could not be saved because of a conflict: number is taken');
    expect(describeError(new Error('oops'))).toBe('Something went wrong: oops');
  });
});
