import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api-error';
import { shouldRetry } from './query-client';

const error = (status: number, code = 'x') => new ApiError({ status, code, message: '' });

describe('shouldRetry', () => {
  it('retries network failures and server errors, twice at most', () => {
    expect(shouldRetry(0, error(0, 'network_error'))).toBe(true);
    expect(shouldRetry(1, error(503))).toBe(true);
    expect(shouldRetry(2, error(503))).toBe(false);
  });

  it('never retries what the server refused', () => {
    for (const status of [400, 401, 403, 404, 409, 422, 429]) {
      expect(shouldRetry(0, error(status))).toBe(false);
    }
  });

  it('does not retry programming errors', () => {
    expect(shouldRetry(0, new TypeError('x'))).toBe(false);
  });
});
