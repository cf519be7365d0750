import { z } from 'zod';

/** One field-level validation message from a 422 answer. */
export interface FieldError {
  field: string;
  message: string;
}

/** Error codes of docs/api.md, plus the two the client produces itself. */
export type ApiErrorCode =
  | 'bad_request'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'payload_too_large'
  | 'validation_failed'
  | 'too_many_requests'
  | 'bad_gateway'
  | 'service_unavailable'
  | 'internal'
  | 'network_error'
  | 'invalid_response'
  | (string & {});

interface ApiErrorInit {
  status: number;
  code: ApiErrorCode;
  message: string;
  fields?: FieldError[];
  current?: unknown;
  retryAfterSeconds?: number | null;
  requestId?: string | null;
}

/** Every failed API call ends as one of these: the server's error body, typed. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly fields: FieldError[];
  /** The current row of a stale-version conflict (409), unparsed. */
  readonly current: unknown;
  /** Seconds until a throttled request may be retried (429 `Retry-After`). */
  readonly retryAfterSeconds: number | null;
  readonly requestId: string | null;

  constructor(init: ApiErrorInit) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.fields = init.fields ?? [];
    this.current = init.current;
    this.retryAfterSeconds = init.retryAfterSeconds ?? null;
    this.requestId = init.requestId ?? null;
  }

  /** Field name → message; the first message wins when a field has several. */
  fieldMessages(): Record<string, string> {
    const messages: Record<string, string> = {};
    for (const { field, message } of this.fields) {
      messages[field] ??= message;
    }
    return messages;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string().optional().default(''),
    fields: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
    current: z.unknown().optional(),
  }),
});

const codeByStatus: Record<number, ApiErrorCode> = {
  400: 'bad_request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  422: 'validation_failed',
  429: 'too_many_requests',
  502: 'bad_gateway',
  503: 'service_unavailable',
};

/** `Retry-After` is either delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now: Date = new Date()): number | null {
  if (value === null || value.trim() === '') return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return null;
  return Math.max(0, Math.ceil((at - now.getTime()) / 1000));
}

/** Builds the ApiError for a non-2xx answer, whatever its body looks like. */
export function createApiErrorFromResponse(
  status: number,
  headers: Headers,
  body: unknown,
): ApiError {
  const parsed = errorBodySchema.safeParse(body);
  const common = {
    status,
    retryAfterSeconds: parseRetryAfter(headers.get('Retry-After')),
    requestId: headers.get('X-Request-Id'),
  };
  if (parsed.success) {
    const { code, message, fields, current } = parsed.data.error;
    return new ApiError({ ...common, code, message, fields, current });
  }
  const code = codeByStatus[status] ?? (status >= 500 ? 'internal' : 'bad_request');
  return new ApiError({ ...common, code, message: `HTTP ${status}` });
}
