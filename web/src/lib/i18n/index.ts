export { t, setLocale, getLocale, getIntlTag, registerLocale } from './translate';
export type { Catalog, Message, MessageKey, Params, PluralMessage } from './translate';
export { formatDate, formatDateTime, formatMoney, formatMoneyExact, formatWait } from './format';
