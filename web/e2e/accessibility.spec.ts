import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { customerBuilder } from './support/builders';
import { expect, test } from './support/fixtures';
import { users } from './support/users';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => node.target.join(' ')),
    }));
}

test.describe('accessibility (axe: no serious or critical violations)', () => {
  test('sign-in page, also with an error shown', async ({ page }) => {
    await page.goto('/sign-in');
    await expect(page.getByRole('heading', { name: 'Sign in to Clientele' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('customer list and the new-customer dialog', async ({ page, api, signIn }) => {
    await customerBuilder().create(api);
    await signIn(page, users.admin);
    await page.goto('/customers');
    await expect(page.getByRole('table', { name: 'Customers' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'New customer' }).click();
    await expect(page.getByRole('dialog', { name: 'New customer' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('customer card, read and edit', async ({ page, api, signIn }) => {
    const customer = await customerBuilder().vatNumber('FI01120389').country('FI').create(api);
    await signIn(page, users.admin);
    await page.goto(`/customers/${customer.id}/contacts`);
    await expect(page.getByRole('heading', { level: 1, name: customer.name })).toBeVisible();
    await expect(page.getByText('No contacts yet')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Edit details' }).click();
    await expect(page.getByRole('form', { name: 'Edit customer details' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('registry update dialog', async ({ page, api, signIn }) => {
    const customer = await customerBuilder().vatNumber('FI01120389').country('FI').create(api);
    await signIn(page, users.admin);
    await page.goto(`/customers/${customer.id}`);
    await page.getByRole('button', { name: 'More actions' }).click();
    await page.getByRole('menuitem', { name: 'Update customer details' }).click();
    const dialog = page.getByRole('dialog', { name: 'Update customer details from the registry' });
    await expect(dialog.getByRole('checkbox', { name: 'Take over Website' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
