import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { contactBuilder, customerBuilder, uniqueToken } from './support/builders';
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

  test('contacts tab with an inactive contact, and the contact dialog', async ({
    page,
    api,
    signIn,
  }) => {
    const token = uniqueToken();
    const customer = await customerBuilder().create(api);
    await api.createAddress(customer.id, { street: ['Axe Street 1'], uses: ['visiting'] });
    const keyword = await api.createListItem('keywords', `Axe ${token}`);
    const contact = await contactBuilder()
      .firstName('Aksel')
      .email(`aksel.${token}@example.com`)
      .keywords([keyword.id])
      .create(api, customer.id);
    await api.inactivateContact(await contactBuilder().firstName('Inka').create(api, customer.id));
    await signIn(page, users.admin);
    await page.goto(`/customers/${customer.id}/contacts`);
    await expect(page.getByRole('row', { name: new RegExp(contact.name) })).toBeVisible();
    await page.getByRole('checkbox', { name: 'Show inactive' }).check();
    await expect(page.getByText('Inactive', { exact: true })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Add contact' }).click();
    await expect(page.getByRole('dialog', { name: 'New contact' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the address dialog', async ({ page, api, signIn }) => {
    const customer = await customerBuilder().create(api);
    await signIn(page, users.admin);
    await page.goto(`/customers/${customer.id}/contacts`);
    await page.getByRole('button', { name: 'Add address' }).click();
    await expect(page.getByRole('dialog', { name: 'New address' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('a settings list and its delete dialog', async ({ page, api, signIn }) => {
    const keyword = await api.createListItem('keywords', `Axe list ${uniqueToken()}`);
    const customer = await customerBuilder().create(api);
    await contactBuilder().keywords([keyword.id]).create(api, customer.id);
    await signIn(page, users.admin);
    await page.goto('/settings/keywords');
    await expect(page.getByRole('table', { name: 'Keywords' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: `Actions for ${keyword.name}` }).click();
    await page.getByRole('menuitem', { name: 'Delete' }).click();
    await expect(page.getByRole('alertdialog')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the mailing list', async ({ page, api, signIn }) => {
    const keyword = await api.createListItem('keywords', `Axe mail ${uniqueToken()}`);
    const customer = await customerBuilder().create(api);
    await contactBuilder().keywords([keyword.id]).create(api, customer.id);
    await signIn(page, users.consultant);
    await page.goto(`/contacts/mailing-list?keyword=${keyword.id}`);
    const caption = `Contacts with the keyword ${keyword.name}`;
    await expect(page.getByRole('table', { name: caption })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
