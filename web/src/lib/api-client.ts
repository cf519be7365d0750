import type { z } from 'zod';
import { ApiError, createApiErrorFromResponse } from './api-error';

export type QueryValue = string | number | boolean | null | undefined;
export type Query = Record<string, QueryValue>;

/**
 * What a 401 means for one call. For most calls it is an expired session: the registered handler
 * sends the user to sign-in. For the sign-in call itself it is the answer "wrong password".
 */
export type UnauthenticatedPolicy = 'redirect-to-sign-in' | 'report-to-caller';

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
  onUnauthenticated?: UnauthenticatedPolicy;
}

export interface ApiClientConfig {
  /** Prefix of every path; `/api/v1` in the app. */
  baseUrl?: string;
  fetch?: typeof fetch;
}

type Schema<T> = z.ZodType<T, z.ZodTypeDef, unknown>;
type UnsafeMethod = 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** Joins a path and its query string, leaving out empty values. */
export function buildUrl(baseUrl: string, path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.append(key, String(value));
  }
  const search = params.toString();
  return `${baseUrl}${path}${search ? `?${search}` : ''}`;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The one fetch wrapper: JSON in and out, typed errors, CSRF header, 401 handling. */
export function createApiClient(config: ApiClientConfig = {}) {
  const baseUrl = config.baseUrl ?? '/api/v1';
  const doFetch = config.fetch ?? ((input, init) => globalThis.fetch(input, init));
  let csrfToken: string | null = null;
  let unauthenticatedHandler: (() => void) | null = null;

  async function send(method: 'GET' | UnsafeMethod, path: string, options: RequestOptions) {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    if (method !== 'GET' && csrfToken !== null) headers['X-CSRF-Token'] = csrfToken;

    let response: Response;
    try {
      response = await doFetch(buildUrl(baseUrl, path, options.query), {
        method,
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        credentials: 'same-origin',
        signal: options.signal,
      });
    } catch (cause) {
      if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
      throw new ApiError({ status: 0, code: 'network_error', message: String(cause) });
    }

    const body = await readJson(response);
    if (response.ok) return { response, body };

    const error = createApiErrorFromResponse(response.status, response.headers, body);
    const policy = options.onUnauthenticated ?? 'redirect-to-sign-in';
    if (error.status === 401 && policy === 'redirect-to-sign-in') {
      csrfToken = null;
      unauthenticatedHandler?.();
    }
    throw error;
  }

  function parse<T>(schema: Schema<T>, status: number, body: unknown): T {
    const result = schema.safeParse(body);
    if (result.success) return result.data;
    throw new ApiError({
      status,
      code: 'invalid_response',
      message: result.error.issues
        .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
        .join('; '),
    });
  }

  async function request<T>(
    method: 'GET' | UnsafeMethod,
    path: string,
    schema: Schema<T>,
    options: RequestOptions = {},
  ): Promise<T> {
    const { response, body } = await send(method, path, options);
    return parse(schema, response.status, body);
  }

  return {
    get: <T>(path: string, schema: Schema<T>, options?: RequestOptions) =>
      request('GET', path, schema, options),
    post: <T>(path: string, schema: Schema<T>, options?: RequestOptions) =>
      request('POST', path, schema, options),
    patch: <T>(path: string, schema: Schema<T>, options?: RequestOptions) =>
      request('PATCH', path, schema, options),
    put: <T>(path: string, schema: Schema<T>, options?: RequestOptions) =>
      request('PUT', path, schema, options),
    /** For answers without a body (204). */
    sendWithoutResult: async (method: UnsafeMethod, path: string, options: RequestOptions = {}) => {
      await send(method, path, options);
    },
    /** The header unsafe calls carry, for requests this wrapper cannot make (upload progress needs XHR). */
    csrfHeaders: (): Record<string, string> =>
      csrfToken === null ? {} : { 'X-CSRF-Token': csrfToken },
    /** Set from the `csrfToken` of `/me` and of sign-in; `null` after sign-out. */
    setCsrfToken: (token: string | null) => {
      csrfToken = token;
    },
    /** Called on any 401 of a call whose policy is `redirect-to-sign-in`. */
    setUnauthenticatedHandler: (handler: (() => void) | null) => {
      unauthenticatedHandler = handler;
    },
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;

/** The app's instance. */
export const apiClient = createApiClient();
