import { describe, expect, it } from 'vitest';
import { describeUploadFailure, UploadError, type UploadFailure } from '../lib/upload-errors';
import { sendUpload, type UploadProgress } from './upload-file';

/** Just enough of XMLHttpRequest for an upload; the test plays the server. */
class FakeXhr {
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: Blob | null = null;
  aborted = false;
  status = 0;
  responseText = '';
  responseHeaders: Record<string, string> = {};
  upload: { onprogress: ((event: Partial<ProgressEvent>) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;

  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: Blob) {
    this.body = body;
  }
  abort() {
    this.aborted = true;
    this.onabort?.();
  }
  getResponseHeader(name: string): string | null {
    return this.responseHeaders[name.toLowerCase()] ?? null;
  }

  progress(loaded: number, total: number, lengthComputable = true) {
    this.upload.onprogress?.({ loaded, total, lengthComputable });
  }
  answer(status: number, body: unknown, headers: Record<string, string> = {}) {
    this.status = status;
    this.responseText = body === undefined ? '' : JSON.stringify(body);
    this.responseHeaders = headers;
    this.onload?.();
  }
  fail() {
    this.onerror?.();
  }
}

function start(options: { signal?: AbortSignal; headers?: Record<string, string> } = {}) {
  const xhr = new FakeXhr();
  const progress: UploadProgress[] = [];
  const body = new Blob(['x'.repeat(1000)], { type: 'application/pdf' });
  const result = sendUpload({
    url: '/api/v1/customers/12/files?name=offer.pdf',
    body,
    contentType: 'application/pdf',
    headers: options.headers,
    signal: options.signal,
    onProgress: (p) => progress.push(p),
    createRequest: () => xhr as unknown as XMLHttpRequest,
  });
  return { xhr, progress, result };
}

async function failureOf(promise: Promise<unknown>): Promise<UploadFailure> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof UploadError) return error.failure;
    throw error;
  }
  throw new Error('expected the upload to fail');
}

describe('sendUpload', () => {
  it('posts the raw body with its type and the CSRF header, reporting progress', async () => {
    const { xhr, progress, result } = start({ headers: { 'X-CSRF-Token': 'tok' } });
    expect(xhr.method).toBe('POST');
    expect(xhr.url).toBe('/api/v1/customers/12/files?name=offer.pdf');
    expect(xhr.headers).toMatchObject({ 'Content-Type': 'application/pdf', 'X-CSRF-Token': 'tok' });
    expect(xhr.body?.size).toBe(1000);
    xhr.progress(400, 1000);
    xhr.progress(700, 0, false);
    xhr.answer(201, { id: 88, name: 'offer.pdf' });
    await expect(result).resolves.toEqual({ id: 88, name: 'offer.pdf' });
    expect(progress).toEqual([
      { loaded: 400, total: 1000 },
      { loaded: 700, total: 1000 },
      { loaded: 1000, total: 1000 },
    ]);
  });

  it('maps a 413 to "too large" with the default 25 MB limit', async () => {
    const { xhr, result } = start();
    xhr.answer(413, {
      error: { code: 'payload_too_large', message: 'The request body is too large' },
    });
    const failure = await failureOf(result);
    expect(failure).toEqual({ kind: 'too-large', limitBytes: 25 * 1024 * 1024 });
    expect(describeUploadFailure(failure)).toBe('File is larger than 25 MB');
  });

  it('reads the limit from the 413 when the server names it', async () => {
    const named = start();
    named.xhr.answer(413, { error: { code: 'payload_too_large', limitBytes: 1024 * 1024 } });
    expect(describeUploadFailure(await failureOf(named.result))).toBe('File is larger than 1 MB');
    const inMessage = start();
    inMessage.xhr.answer(413, {
      error: { code: 'payload_too_large', message: 'at most 262,144 bytes' },
    });
    expect(describeUploadFailure(await failureOf(inMessage.result))).toBe(
      'File is larger than 256 KB',
    );
    const bodyless = start();
    bodyless.xhr.answer(413, undefined);
    expect(await failureOf(bodyless.result)).toEqual({
      kind: 'too-large',
      limitBytes: 25 * 1024 * 1024,
    });
  });

  it('keeps the server error of other refusals, with the name field message', async () => {
    const { xhr, result } = start();
    xhr.answer(
      422,
      {
        error: {
          code: 'validation_failed',
          message: 'Invalid',
          fields: [{ field: 'name', message: 'is required' }],
        },
      },
      { 'x-request-id': 'r-1' },
    );
    const failure = await failureOf(result);
    expect(failure.kind).toBe('refused');
    if (failure.kind !== 'refused') return;
    expect(failure.error.status).toBe(422);
    expect(failure.error.requestId).toBe('r-1');
    expect(describeUploadFailure(failure)).toBe('The file name was refused: is required');
  });

  it('says "forbidden" for a 403 and names network failures', async () => {
    const forbidden = start();
    forbidden.xhr.answer(403, { error: { code: 'forbidden', message: 'No' } });
    const failure = await failureOf(forbidden.result);
    expect(failure.kind === 'refused' && failure.error.code).toBe('forbidden');
    const broken = start();
    broken.xhr.fail();
    expect(await failureOf(broken.result)).toEqual({ kind: 'network' });
    expect(describeUploadFailure({ kind: 'network' })).toMatch(/could not be reached/);
  });

  it('aborts the request when cancelled', async () => {
    const controller = new AbortController();
    const { xhr, result } = start({ signal: controller.signal });
    xhr.progress(100, 1000);
    controller.abort();
    expect(xhr.aborted).toBe(true);
    expect(await failureOf(result)).toEqual({ kind: 'cancelled' });
  });

  it('does not start when already cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    const { xhr, result } = start({ signal: controller.signal });
    expect(await failureOf(result)).toEqual({ kind: 'cancelled' });
    expect(xhr.body).toBeNull();
  });
});
