import { apiClient, buildUrl } from '@/lib/api-client';
import { ApiError, createApiErrorFromResponse } from '@/lib/api-error';
import { failureFromAnswer, UploadError } from '../lib/upload-errors';
import { fileSchema, ownerPath, type CardOwner, type StoredFile } from './file-schema';

export interface UploadProgress {
  loaded: number;
  total: number;
}

export interface SendUploadOptions {
  url: string;
  body: Blob;
  contentType: string;
  /** Headers the app's fetch wrapper adds to unsafe calls (the CSRF token). */
  headers?: Record<string, string>;
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
  /** A fake request in unit tests. */
  createRequest?: () => XMLHttpRequest;
}

function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The answer's headers the error mapping reads. */
function errorHeaders(request: XMLHttpRequest): Headers {
  const headers = new Headers();
  for (const name of ['Retry-After', 'X-Request-Id']) {
    const value = request.getResponseHeader(name);
    if (value !== null) headers.set(name, value);
  }
  return headers;
}

/**
 * POSTs a raw body with XMLHttpRequest, which (unlike fetch) reports upload progress. Resolves
 * with the parsed JSON answer; rejects with an UploadError saying why (too large, refused,
 * network, cancelled).
 */
export function sendUpload(options: SendUploadOptions): Promise<unknown> {
  const { url, body, contentType, headers, onProgress, signal } = options;
  const request = (options.createRequest ?? (() => new XMLHttpRequest()))();
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new UploadError({ kind: 'cancelled' }));
      return;
    }
    request.open('POST', url);
    request.setRequestHeader('Content-Type', contentType);
    request.setRequestHeader('Accept', 'application/json');
    for (const [name, value] of Object.entries(headers ?? {}))
      request.setRequestHeader(name, value);
    request.upload.onprogress = (event) => {
      onProgress?.({
        loaded: event.loaded,
        total: event.lengthComputable ? event.total : body.size,
      });
    };
    request.onload = () => {
      const answer = parseJson(request.responseText);
      if (request.status >= 200 && request.status < 300) {
        onProgress?.({ loaded: body.size, total: body.size });
        resolve(answer);
        return;
      }
      const error = createApiErrorFromResponse(request.status, errorHeaders(request), answer);
      reject(new UploadError(failureFromAnswer(request.status, answer, error)));
    };
    request.onerror = () => reject(new UploadError({ kind: 'network' }));
    request.onabort = () => reject(new UploadError({ kind: 'cancelled' }));
    signal?.addEventListener('abort', () => request.abort(), { once: true });
    request.send(body);
  });
}

export interface UploadFileOptions {
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
}

/**
 * `POST /customers/{id}/files?name=…` or `/projects/{id}/files?name=…`: the file as the raw body
 * with its own Content-Type (docs/api.md: no multipart).
 */
export async function uploadFile(
  owner: CardOwner,
  file: File,
  options: UploadFileOptions = {},
): Promise<StoredFile> {
  const answer = await sendUpload({
    url: buildUrl('/api/v1', `${ownerPath(owner)}/files`, { name: file.name }),
    body: file,
    contentType: file.type || 'application/octet-stream',
    headers: apiClient.csrfHeaders(),
    ...options,
  });
  const parsed = fileSchema.safeParse(answer);
  if (parsed.success) return parsed.data;
  const error = new ApiError({
    status: 201,
    code: 'invalid_response',
    message: parsed.error.message,
  });
  throw new UploadError({ kind: 'refused', error });
}
