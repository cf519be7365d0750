import type { MessageKey } from '@/lib/i18n';

/**
 * Whether a stored URL may become a link's `href`. The server accepts only absolute http(s) URLs;
 * the app checks again so that nothing else (`javascript:`) is ever clickable.
 */
export function isWebUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.host !== '';
  } catch {
    return false;
  }
}

/** The link form's fields, as typed. */
export interface LinkFormValues {
  url: string;
  title: string;
  description: string;
}

export const linkFormFields = ['url', 'title', 'description'] as const;
export type LinkFormField = (typeof linkFormFields)[number];

/** What the browser checks before sending (the server decides on the rest, e.g. the scheme). */
export function localLinkErrors(
  values: LinkFormValues,
): Partial<Record<LinkFormField, MessageKey>> {
  return values.url.trim() === '' ? { url: 'links.validation.urlRequired' } : {};
}

/** Trimmed text, or `null` for an empty field. */
export function textOrNull(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}
