import { isApiError } from '@/lib/api-error';
import { describeError } from '@/lib/describe-error';
import { formatWait, t, type MessageKey } from '@/lib/i18n';

/** A failed registry call as the dialogs show it: what happened, and the server's reason. */
export interface RegistryProblem {
  title: string;
  detail: string | null;
  /** Asking again may help (the registry was down, slow or throttling). */
  retryable: boolean;
}

const fieldNames: Record<string, MessageKey> = {
  vatNumber: 'customer.field.vatNumber',
  country: 'customer.field.country',
  businessId: 'registry.businessId',
};

/** "VAT number is missing; …": the server's field messages start with the verb. */
function fieldSentences(error: { fields: { field: string; message: string }[] }): string | null {
  const sentences = error.fields.map(({ field, message }) => {
    const name = fieldNames[field];
    if (name) return `${t(name)} ${message}`;
    if (field === 'fields') return message;
    return `${field}: ${message}`;
  });
  return sentences.length > 0 ? sentences.join(' ') : null;
}

export function describeRegistryError(error: unknown): RegistryProblem {
  if (!isApiError(error)) return { title: describeError(error), detail: null, retryable: true };
  const notInRegistry =
    error.status === 404 && error.fields.some((field) => field.field === 'businessId');
  if (notInRegistry) {
    return { title: t('registry.error.notFound'), detail: error.message, retryable: false };
  }
  if (error.status === 502 || error.status === 503) {
    const wait =
      error.retryAfterSeconds !== null
        ? t('registry.error.retryIn', { wait: formatWait(error.retryAfterSeconds) })
        : null;
    return {
      title: t('registry.error.unavailable'),
      detail: [error.message, wait].filter(Boolean).join(' ') || null,
      retryable: true,
    };
  }
  if (error.status === 422) {
    return {
      title: t('registry.error.refused'),
      detail: fieldSentences(error) ?? error.message,
      retryable: false,
    };
  }
  return {
    title: describeError(error),
    detail: null,
    retryable: error.status === 0 || error.status >= 500,
  };
}
