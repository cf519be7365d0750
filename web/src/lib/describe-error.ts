import { isApiError } from './api-error';
import { t } from './i18n';

/** A sentence for the user about a failed call; the server's own message where it is specific. */
export function describeError(error: unknown): string {
  if (!isApiError(error)) {
    return t('error.generic', { message: error instanceof Error ? error.message : String(error) });
  }
  switch (error.code) {
    case 'network_error':
      return t('error.network');
    case 'forbidden':
      return t('error.forbidden');
    case 'not_found':
      return t('error.notFound');
    case 'conflict':
      return t('error.conflict', { message: error.message });
    case 'validation_failed':
      return error.fields.length > 0
        ? t('error.validation')
        : error.message || t('error.validation');
    default:
      if (error.status >= 500 || error.code === 'invalid_response') return t('error.server');
      return t('error.generic', { message: error.message });
  }
}
