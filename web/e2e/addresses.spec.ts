import { customerBuilder } from './support/builders';
import { expect, test } from './support/fixtures';
import { users } from './support/users';

test('the first address becomes the headquarters; the headquarters moves to another', async ({
  page,
  api,
  signIn,
}) => {
  const customer = await customerBuilder().create(api);
  await signIn(page, users.manager);
  await page.goto(`/customers/${customer.id}/contacts`);
  const addresses = page.getByRole('region', { name: 'Addresses', exact: true });
  await expect(addresses.getByText('No addresses yet')).toBeVisible();

  // The first address: a street line is required, then it becomes the headquarters.
  await addresses.getByRole('button', { name: 'Add address' }).click();
  const dialog = page.getByRole('dialog', { name: 'New address' });
  await expect(dialog.getByText('The first address becomes the headquarters.')).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Street', exact: true })).toBeFocused();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(
    dialog.getByRole('textbox', { name: 'Street', exact: true }),
  ).toHaveAccessibleDescription('Enter at least one street line.');
  await dialog.getByRole('textbox', { name: 'Street', exact: true }).fill('Karaportti 3');
  await dialog.getByLabel('Street, line 2').fill('PL 226');
  await dialog.getByLabel('Postal code').fill('02610');
  await dialog.getByLabel('City').fill('Espoo');
  await dialog.getByLabel('Country').fill('fi');
  await dialog.getByRole('checkbox', { name: 'Visiting' }).check();
  await dialog.getByRole('checkbox', { name: 'Postal' }).check();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  const list = addresses.getByRole('list', { name: 'Addresses of this customer' });
  const items = list.getByRole('listitem').filter({ has: page.locator('address') });
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('Headquarters');
  await expect(items.first()).toContainText('Karaportti 3');
  await expect(items.first()).toContainText('02610 Espoo');
  await expect(items.first()).toContainText('Used for: Visiting, Postal');

  // A second address, refused by the server first (postal code), then saved.
  await addresses.getByRole('button', { name: 'Add address' }).click();
  await dialog.getByRole('textbox', { name: 'Street', exact: true }).fill('Tehtaankatu 1');
  await dialog.getByLabel('Postal code').fill('90100!');
  await dialog.getByLabel('City').fill('Oulu');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByLabel('Postal code')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByLabel('Postal code')).toBeFocused();
  await dialog.getByLabel('Postal code').fill('90100');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(items).toHaveCount(2);
  await expect(items.nth(1)).toContainText('Tehtaankatu 1');
  await expect(items.nth(1)).not.toContainText('Headquarters');

  // The headquarters cannot go while another address remains: the server says what to do.
  await page.getByRole('button', { name: /^Actions for address Karaportti 3/ }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  const confirm = page.getByRole('alertdialog', { name: /Delete the address Karaportti 3/ });
  await expect(confirm).toContainText('Make another address the headquarters first');
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(confirm.getByRole('alert')).toContainText('choose another headquarters first');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();

  // Make the second the headquarters: it moves to the top and carries the badge.
  await page.getByRole('button', { name: /^Actions for address Tehtaankatu 1/ }).click();
  await page.getByRole('menuitem', { name: 'Make headquarters' }).click();
  await expect(items.first()).toContainText('Tehtaankatu 1');
  await expect(items.first()).toContainText('Headquarters');
  await expect(items.nth(1)).toContainText('Karaportti 3');
  await expect(items.nth(1)).not.toContainText('Headquarters');

  // Now the old headquarters can go.
  await page.getByRole('button', { name: /^Actions for address Karaportti 3/ }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(confirm).toBeHidden();
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('Tehtaankatu 1');
});

test('editing a stale address shows the conflict and keeps what was typed', async ({
  page,
  api,
  signIn,
}) => {
  const customer = await customerBuilder().create(api);
  const address = await api.createAddress(customer.id, { street: ['Old Street 1'], city: 'Turku' });
  await signIn(page, users.admin);
  await page.goto(`/customers/${customer.id}/contacts`);

  await page.getByRole('button', { name: /^Actions for address Old Street 1/ }).click();
  await page.getByRole('menuitem', { name: 'Edit' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit address' });
  await dialog.getByLabel('City').fill('Tampere');

  // Someone else saves in between.
  const token = await page.request.get('/api/v1/me').then(async (r) => (await r.json()).csrfToken);
  const other = await page.request.patch(`/api/v1/addresses/${address.id}`, {
    headers: { 'X-CSRF-Token': token as string },
    data: { version: address.version, phone: '+358 2 123 456' },
  });
  expect(other.status()).toBe(200);

  await dialog.getByRole('button', { name: 'Save' }).click();
  const conflict = dialog
    .getByRole('alert')
    .filter({ hasText: 'Someone else changed this address' });
  await expect(conflict).toBeVisible();
  await expect(conflict.getByRole('row', { name: /City/ })).toContainText('Tampere');
  await conflict.getByRole('button', { name: 'Load their version and keep my changes' }).click();
  await expect(dialog.getByLabel('City')).toHaveValue('Tampere');
  await expect(dialog.getByLabel('Phone')).toHaveValue('+358 2 123 456');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('region', { name: 'Addresses', exact: true })).toContainText(
    'Tampere',
  );
  await expect(page.getByRole('region', { name: 'Addresses', exact: true })).toContainText(
    '+358 2 123 456',
  );
});
