import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api-error';
import { describeRegistryError } from './registry-errors';

describe('describeRegistryError', () => {
  it('says "not found in the registry" with the server message', () => {
    const error = new ApiError({
      status: 404,
      code: 'not_found',
      message: 'Business id 0000001-9 was not found in the registry (PRH)',
      fields: [{ field: 'businessId', message: 'was not found in the registry' }],
    });
    expect(describeRegistryError(error)).toEqual({
      title: 'This company was not found in the registry.',
      detail: 'Business id 0000001-9 was not found in the registry (PRH)',
      retryable: false,
    });
  });

  it('says the registry is unavailable on 502 and 503, with the reason and the wait', () => {
    const error = new ApiError({
      status: 503,
      code: 'service_unavailable',
      message: 'PRH is throttling requests; try again later',
      retryAfterSeconds: 120,
    });
    expect(describeRegistryError(error)).toEqual({
      title: 'The registry is unavailable. Try again later.',
      detail: 'PRH is throttling requests; try again later Try again in 2 minutes.',
      retryable: true,
    });
    const bad = new ApiError({ status: 502, code: 'bad_gateway', message: 'PRH answered 500' });
    expect(describeRegistryError(bad).detail).toBe('PRH answered 500');
  });

  it('spells out a 422 with the field names', () => {
    const error = new ApiError({
      status: 422,
      code: 'validation_failed',
      message: 'vatNumber: is missing',
      fields: [
        {
          field: 'vatNumber',
          message: 'is missing; the registry is searched by the business id in it',
        },
        { field: 'fields', message: 'The registry lists this company as deleted on 2024-03-15' },
      ],
    });
    expect(describeRegistryError(error)).toEqual({
      title: 'The registry cannot be asked about this customer.',
      detail:
        'VAT number is missing; the registry is searched by the business id in it The registry lists this company as deleted on 2024-03-15',
      retryable: false,
    });
  });

  it('falls back to the general description for anything else', () => {
    const error = new ApiError({ status: 0, code: 'network_error', message: 'offline' });
    expect(describeRegistryError(error).retryable).toBe(true);
    expect(describeRegistryError(error).title).toMatch(/could not be reached/);
  });
});
