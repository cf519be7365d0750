import { en } from './en';

/** A message with plural forms, chosen with Intl.PluralRules (`{count}` in the params). */
export interface PluralMessage {
  one: string;
  other: string;
  /** Languages with more forms (e.g. "few") may add them; "other" is the fallback. */
  [category: string]: string;
}
export type Message = string | PluralMessage;
export type MessageKey = keyof typeof en;
export type Catalog = Record<MessageKey, Message>;
export type Params = Record<string, string | number>;

interface LocaleDefinition {
  /** BCP 47 tag used for Intl formatting, e.g. `en-GB`, `fi-FI`, `nb-NO`. */
  intlTag: string;
  messages: Partial<Catalog>;
}

const locales = new Map<string, LocaleDefinition>([['en', { intlTag: 'en-GB', messages: en }]]);
let currentLocale = 'en';

/** Adds a language (e.g. `registerLocale('fi', 'fi-FI', fi)`); missing keys fall back to English. */
export function registerLocale(locale: string, intlTag: string, messages: Partial<Catalog>): void {
  locales.set(locale, { intlTag, messages });
}

export function setLocale(locale: string): void {
  if (!locales.has(locale)) throw new Error(`Unknown locale: ${locale}`);
  currentLocale = locale;
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

export function getLocale(): string {
  return currentLocale;
}

/** The Intl tag of the current locale, for dates and numbers. */
export function getIntlTag(): string {
  return locales.get(currentLocale)?.intlTag ?? 'en-GB';
}

function interpolate(template: string, params: Params | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

function choosePlural(message: PluralMessage, params: Params | undefined): string {
  const count = Number(params?.count ?? 0);
  const category = new Intl.PluralRules(getIntlTag()).select(count);
  return message[category] ?? message.other;
}

/** The translation of `key` in the current locale, with `{name}` placeholders filled in. */
export function t(key: MessageKey, params?: Params): string {
  const message: Message | undefined =
    locales.get(currentLocale)?.messages[key] ?? (en as Catalog)[key];
  if (message === undefined) return key;
  const template = typeof message === 'string' ? message : choosePlural(message, params);
  return interpolate(template, params);
}
