import type { ApiError } from '@/lib/api-error';
import { describeError } from '@/lib/describe-error';
import { t } from '@/lib/i18n';
import { formatFileSize } from './file-size';

/** The server's default upload limit (`--max-upload-bytes`), used when a 413 does not name one. */
export const defaultUploadLimitBytes = 25 * 1024 * 1024;

/** Why one upload did not finish. */
export type UploadFailure =
  | { kind: 'too-large'; limitBytes: number }
  | { kind: 'refused'; error: ApiError }
  | { kind: 'network' }
  | { kind: 'cancelled' };

/** An upload that ended without a stored file. */
export class UploadError extends Error {
  readonly failure: UploadFailure;

  constructor(failure: UploadFailure) {
    super(failure.kind);
    this.name = 'UploadError';
    this.failure = failure;
  }
}

/**
 * The limit a 413 names, if it names one: a byte count in `error.limitBytes` or `error.maxBytes`,
 * or "… N bytes" in its message. Older servers say only "too large".
 */
export function limitFromBody(body: unknown): number | null {
  if (typeof body !== 'object' || body === null) return null;
  const error = (body as { error?: unknown }).error;
  if (typeof error !== 'object' || error === null) return null;
  const fields = error as Record<string, unknown>;
  for (const key of ['limitBytes', 'maxBytes']) {
    const value = fields[key];
    if (typeof value === 'number' && Number.isInteger(value) && value > 0) return value;
  }
  const match =
    typeof fields.message === 'string' ? /(\d[\d,]*)\s*bytes/i.exec(fields.message) : null;
  if (!match?.[1]) return null;
  const bytes = Number(match[1].replace(/,/g, ''));
  return Number.isSafeInteger(bytes) && bytes > 0 ? bytes : null;
}

/** Sorts a finished non-2xx answer into a failure; a 413 carries the limit to show. */
export function failureFromAnswer(status: number, body: unknown, error: ApiError): UploadFailure {
  if (status === 413) {
    return { kind: 'too-large', limitBytes: limitFromBody(body) ?? defaultUploadLimitBytes };
  }
  return { kind: 'refused', error };
}

/** One sentence for the user about one file's failed upload. */
export function describeUploadFailure(failure: UploadFailure): string {
  switch (failure.kind) {
    case 'too-large':
      return t('files.upload.tooLarge', { limit: formatFileSize(failure.limitBytes) });
    case 'network':
      return t('files.upload.network');
    case 'cancelled':
      return t('files.upload.cancelled');
    case 'refused': {
      const nameError = failure.error.fieldMessages().name;
      return nameError
        ? t('files.upload.badName', { message: nameError })
        : describeError(failure.error);
    }
  }
}
