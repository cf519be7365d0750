import type { MessageKey } from '@/lib/i18n';

/** The tabs of the customer card; each is a nested route `/customers/:id/<path>`. */
export type CardTabPath = 'contacts' | 'sales' | 'collaboration' | 'financials' | 'settings';

export interface CardTab {
  path: CardTabPath;
  label: MessageKey;
}

export const cardTabs: readonly CardTab[] = [
  { path: 'contacts', label: 'tabs.contacts' },
  { path: 'sales', label: 'tabs.sales' },
  { path: 'collaboration', label: 'tabs.collaboration' },
  { path: 'financials', label: 'tabs.financials' },
  { path: 'settings', label: 'tabs.settings' },
];

/** The tab a card opens on. */
export const defaultCardTab: CardTabPath = 'contacts';
