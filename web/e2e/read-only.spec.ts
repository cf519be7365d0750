import { csrfTokenOf } from './support/api';
import { contactBuilder, customerBuilder } from './support/builders';
import { expect, test } from './support/fixtures';
import { users } from './support/users';

test('a read-only user sees no edit controls and the server refuses a forced edit', async ({
  page,
  api,
  signIn,
}) => {
  const customer = await customerBuilder().industry('Retail').create(api);
  await signIn(page, users.readOnly);
  await page.goto(`/customers/${customer.id}`);
  await expect(page.getByRole('heading', { level: 1, name: customer.name })).toBeVisible();

  await expect(page.getByText('You can view this customer but not change it.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Edit details' })).toHaveCount(0);
  await page.getByRole('button', { name: 'More actions' }).click();
  await expect(page.getByRole('menuitem')).toHaveText(['Change history']);
  await page.keyboard.press('Escape');

  // Navigation: no Settings for this role.
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link')).toHaveText(['Customers', 'Projects', 'Reports']);

  // The same session, going around the UI: the server says no.
  const token = await csrfTokenOf(page.request);
  const response = await page.request.patch(`/api/v1/customers/${customer.id}`, {
    headers: { 'X-CSRF-Token': token },
    data: { version: customer.version, name: 'Forced by a reader' },
  });
  expect(response.status()).toBe(403);
  expect((await response.json()).error.code).toBe('forbidden');
  expect((await api.getCustomer(customer.id)).name).toBe(customer.name);

  // No way to create a customer either, in the list or around it.
  await page.goto('/customers');
  await expect(page.getByRole('heading', { level: 1, name: 'Customers' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'New customer' })).toHaveCount(0);
  const create = await page.request.post('/api/v1/customers', {
    headers: { 'X-CSRF-Token': token },
    data: { name: 'Created by a reader' },
  });
  expect(create.status()).toBe(403);
});

test('an unsafe call without the CSRF token is refused', async ({ page, api, signIn }) => {
  const customer = await customerBuilder().create(api);
  await signIn(page, users.admin);
  const response = await page.request.patch(`/api/v1/customers/${customer.id}`, {
    data: { version: customer.version, name: 'No CSRF header' },
  });
  expect(response.status()).toBe(403);
});

test('a read-only user sees addresses and contacts without edit controls', async ({
  page,
  api,
  signIn,
}) => {
  const customer = await customerBuilder().create(api);
  const address = await api.createAddress(customer.id, { street: ['Readonly Street 1'] });
  const contact = await contactBuilder().firstName('Reija').create(api, customer.id);
  await signIn(page, users.readOnly);
  await page.goto(`/customers/${customer.id}/contacts`);
  await expect(page.getByText('You can view this customer but not change it.')).toBeVisible();

  const addresses = page.getByRole('region', { name: 'Addresses', exact: true });
  await expect(addresses).toContainText('Readonly Street 1');
  await expect(addresses).toContainText('Headquarters');
  await expect(addresses.getByRole('button')).toHaveCount(0);

  const contacts = page.getByRole('region', { name: 'Contacts', exact: true });
  await expect(contacts.getByRole('row', { name: new RegExp(contact.name) })).toBeVisible();
  await expect(contacts.getByRole('button', { name: 'Add contact' })).toHaveCount(0);
  await expect(contacts.getByRole('link', { name: 'Download all as vCard' })).toBeVisible();
  await page.getByRole('button', { name: `Actions for ${contact.name}` }).click();
  await expect(page.getByRole('menuitem')).toHaveText(['Download vCard']);
  await page.keyboard.press('Escape');

  // The settings lists are for administrators only.
  await page.goto('/settings/keywords');
  await expect(page.getByRole('heading', { level: 1, name: 'No access' })).toBeVisible();

  // Going around the UI: the server refuses.
  const token = await csrfTokenOf(page.request);
  const response = await page.request.patch(`/api/v1/addresses/${address.id}`, {
    headers: { 'X-CSRF-Token': token },
    data: { version: address.version, city: 'Forced' },
  });
  expect(response.status()).toBe(403);
});
