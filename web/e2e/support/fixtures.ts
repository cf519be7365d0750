import { test as base, expect, type Page } from '@playwright/test';
import { SeedApi } from './api';
import { MoneyApi } from './money-api';
import type { SeededUser } from './users';

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: the e2e global setup did not run.`);
  return value;
}

interface Fixtures {
  /** The admin's token-authenticated API, for seeding. */
  api: SeedApi;
  /** The same admin token, for hours, fees, forecasts and work types. */
  moneyApi: MoneyApi;
  /** Signs `page`'s browser context in through the API (sets the session cookie). */
  signIn: (page: Page, user: SeededUser) => Promise<void>;
}

export const test = base.extend<Fixtures>({
  // The server's port is only known once global setup has started it.
  baseURL: async ({}, use) => {
    await use(requiredEnv('CLIENTELE_BASE_URL'));
  },
  api: async ({ playwright, baseURL }, use) => {
    const request = await playwright.request.newContext({
      baseURL,
      extraHTTPHeaders: { Authorization: `Bearer ${requiredEnv('CLIENTELE_ADMIN_TOKEN')}` },
    });
    await use(new SeedApi(request));
    await request.dispose();
  },
  moneyApi: async ({ playwright, baseURL }, use) => {
    const request = await playwright.request.newContext({
      baseURL,
      extraHTTPHeaders: { Authorization: `Bearer ${requiredEnv('CLIENTELE_ADMIN_TOKEN')}` },
    });
    await use(new MoneyApi(request));
    await request.dispose();
  },
  signIn: async ({}, use) => {
    await use(async (page, user) => {
      const response = await page.request.post('/api/v1/auth/login', {
        data: { email: user.email, password: user.password },
      });
      expect(response.status(), await response.text()).toBe(200);
    });
  },
});

export { expect };
