export { t, setLocale, getLocale, getIntlTag, registerLocale } from './translate';
export type { Catalog, Message, MessageKey, Params, PluralMessage } from './translate';
export { formatDateTime, formatWait } from './format';
