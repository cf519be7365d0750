import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { buildUrl, createApiClient } from './api-client';
import { ApiError, parseRetryAfter } from './api-error';

interface Recorded {
  url: string;
  init: RequestInit;
}

function fakeFetch(status: number, body: unknown, headers: Record<string, string> = {}) {
  const calls: Recorded[] = [];
  const fetch = vi.fn(async (url: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(url), init: init ?? {} });
    const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
    return new Response(status === 204 ? null : text, { status, headers });
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls };
}

const itemSchema = z.object({ id: z.number() });

async function caught(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('api client', () => {
  it('parses a successful answer with the schema', async () => {
    const { fetch, calls } = fakeFetch(200, { id: 7 });
    const client = createApiClient({ fetch });
    await expect(client.get('/customers/7', itemSchema)).resolves.toEqual({ id: 7 });
    expect(calls[0]?.url).toBe('/api/v1/customers/7');
    expect(calls[0]?.init.method).toBe('GET');
  });

  it('turns a validation error into an ApiError with its fields', async () => {
    const { fetch } = fakeFetch(422, {
      error: {
        code: 'validation_failed',
        message: 'Invalid customer',
        fields: [
          { field: 'vatNumber', message: 'Check digit does not match' },
          { field: 'vatNumber', message: 'second message' },
        ],
      },
    });
    const error = await caught(
      createApiClient({ fetch }).post('/customers', itemSchema, { body: {} }),
    );
    expect(error.status).toBe(422);
    expect(error.code).toBe('validation_failed');
    expect(error.fieldMessages()).toEqual({ vatNumber: 'Check digit does not match' });
  });

  it('keeps the current row of a stale-version conflict', async () => {
    const current = { id: 3, version: 5, updatedBy: { id: 2, name: 'Maija' } };
    const { fetch } = fakeFetch(409, { error: { code: 'conflict', message: 'stale', current } });
    const error = await caught(
      createApiClient({ fetch }).patch('/customers/3', itemSchema, { body: {} }),
    );
    expect(error.code).toBe('conflict');
    expect(error.current).toEqual(current);
  });

  it('reads Retry-After and the request id of a throttled answer', async () => {
    const { fetch } = fakeFetch(
      429,
      { error: { code: 'too_many_requests', message: 'slow down' } },
      { 'Retry-After': '840', 'X-Request-Id': 'req-1' },
    );
    const error = await caught(createApiClient({ fetch }).post('/auth/login', itemSchema));
    expect(error.retryAfterSeconds).toBe(840);
    expect(error.requestId).toBe('req-1');
  });

  it('derives the code from the status when the body is not the error format', async () => {
    const { fetch } = fakeFetch(502, '<html>Bad gateway</html>');
    const error = await caught(createApiClient({ fetch }).get('/x', itemSchema));
    expect(error.code).toBe('bad_gateway');
    expect(error.status).toBe(502);
  });

  it('reports a network failure as network_error', async () => {
    const fetch = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof globalThis.fetch;
    const error = await caught(createApiClient({ fetch }).get('/x', itemSchema));
    expect(error.code).toBe('network_error');
    expect(error.status).toBe(0);
  });

  it('reports an answer that does not match the schema as invalid_response', async () => {
    const { fetch } = fakeFetch(200, { id: 'seven' });
    const error = await caught(createApiClient({ fetch }).get('/x', itemSchema));
    expect(error.code).toBe('invalid_response');
    expect(error.message).toContain('id');
  });

  it('sends the CSRF token on unsafe methods only', async () => {
    const { fetch, calls } = fakeFetch(200, { id: 1 });
    const client = createApiClient({ fetch });
    client.setCsrfToken('token-1');
    await client.get('/a', itemSchema);
    await client.patch('/a', itemSchema, { body: { version: 1 } });
    await client.sendWithoutResult('DELETE', '/a');
    const header = (call: Recorded | undefined) =>
      (call?.init.headers as Record<string, string>)['X-CSRF-Token'];
    expect(header(calls[0])).toBeUndefined();
    expect(header(calls[1])).toBe('token-1');
    expect(header(calls[2])).toBe('token-1');
    expect(calls[1]?.init.body).toBe('{"version":1}');
  });

  it('calls the unauthenticated handler on a 401 and forgets the CSRF token', async () => {
    const { fetch, calls } = fakeFetch(401, { error: { code: 'unauthenticated', message: 'no' } });
    const client = createApiClient({ fetch });
    const handler = vi.fn();
    client.setUnauthenticatedHandler(handler);
    client.setCsrfToken('token-1');
    await caught(client.get('/me', itemSchema));
    expect(handler).toHaveBeenCalledTimes(1);
    await caught(client.post('/customers', itemSchema));
    expect((calls[1]?.init.headers as Record<string, string>)['X-CSRF-Token']).toBeUndefined();
  });

  it('leaves a 401 to the caller when asked (wrong password at sign-in)', async () => {
    const { fetch } = fakeFetch(401, { error: { code: 'unauthenticated', message: 'no' } });
    const client = createApiClient({ fetch });
    const handler = vi.fn();
    client.setUnauthenticatedHandler(handler);
    const error = await caught(
      client.post('/auth/login', itemSchema, { onUnauthenticated: 'report-to-caller' }),
    );
    expect(error.status).toBe(401);
    expect(handler).not.toHaveBeenCalled();
  });

  it('accepts an empty 204 answer', async () => {
    const { fetch } = fakeFetch(204, undefined);
    await expect(
      createApiClient({ fetch }).sendWithoutResult('POST', '/auth/logout'),
    ).resolves.toBeUndefined();
  });
});

describe('buildUrl', () => {
  it('leaves out empty query values and encodes the rest', () => {
    expect(
      buildUrl('/api/v1', '/customers', {
        q: 'Oy & Ab',
        owner: null,
        cursor: undefined,
        active: 'all',
        limit: 50,
        x: '',
      }),
    ).toBe('/api/v1/customers?q=Oy+%26+Ab&active=all&limit=50');
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('120')).toBe(120);
    expect(parseRetryAfter(null)).toBeNull();
    expect(parseRetryAfter('soon')).toBeNull();
    const now = new Date('2026-11-27T20:00:00Z');
    expect(parseRetryAfter('Fri, 27 Nov 2026 20:01:30 GMT', now)).toBe(90);
  });
});
