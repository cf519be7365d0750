import type { Page } from '@playwright/test';
import { customerBuilder, uniqueToken } from './support/builders';
import { throttledFinnishBusinessId } from './support/fake-registry';
import { expect, test } from './support/fixtures';
import { users } from './support/users';

// The fake registry (global setup) answers from server/tests/fixtures/registry: Nokia is
// FI 0112038-9, a struck-off Norwegian unit 912345688, a withdrawn one (410) 912345696, and
// FI 0000001-9 is not on file, and PRH throttles (429) every request for FI 2331972-7.

async function openRegistryDialog(page: Page, customerId: number, name: string) {
  await page.goto(`/customers/${customerId}`);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await page.getByRole('button', { name: 'More actions' }).click();
  await page.getByRole('menuitem', { name: 'Update customer details' }).click();
  const dialog = page.getByRole('dialog', { name: 'Update customer details from the registry' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('updates a Finnish customer’s website and postal address from PRH, as the history shows', async ({
  page,
  api,
  signIn,
}) => {
  const name = `Oy Nokia Ab ${uniqueToken()}`;
  const oldWebsite = `http://old-${uniqueToken()}.nokia.example`;
  const customer = await customerBuilder()
    .name(name)
    .country('FI')
    .vatNumber('FI01120389')
    .website(oldWebsite)
    .create(api);
  await signIn(page, users.admin);
  const dialog = await openRegistryDialog(page, customer.id, name);

  await expect(dialog.getByText('Registry status: Active')).toBeVisible();
  await expect(dialog.getByText('Nokia Oyj, business id 0112038-9')).toBeVisible();
  await expect(dialog.getByText('Source: PRH, licence CC BY 4.0')).toBeVisible();

  // What differs and is in the registry is ticked; PRH has no e-mail.
  const take = (field: string) => dialog.getByRole('checkbox', { name: `Take over ${field}` });
  await expect(take('Name')).toBeChecked();
  await expect(take('Visiting address')).toBeChecked();
  await expect(take('Postal address')).toBeChecked();
  await expect(take('Website')).toBeChecked();
  await expect(take('Email')).not.toBeChecked();
  await expect(take('Email')).toBeDisabled();
  const emailRow = dialog.getByRole('row', { name: /Email/ });
  await expect(emailRow).toContainText('Not in the registry');
  await expect(dialog.getByRole('row', { name: /Postal address/ })).toContainText(
    'PL 226, 00045 NOKIA GROUP, FI',
  );

  await take('Name').uncheck();
  await take('Visiting address').uncheck();
  await dialog.getByRole('button', { name: 'Update 2 fields' }).click();

  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'More actions' })).toBeFocused();
  await expect(page.getByText('Customer details updated from PRH.', { exact: true })).toBeVisible();
  await expect(page.getByText('https://www.nokia.com')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

  const addresses = await api.getAddresses(customer.id);
  expect(addresses).toEqual([
    expect.objectContaining({
      street: ['PL 226'],
      postalCode: '00045',
      city: 'NOKIA GROUP',
      uses: ['postal'],
    }),
  ]);
  const saved = await api.getCustomer(customer.id);
  expect(saved.name).toBe(name);

  await page.getByRole('button', { name: 'More actions' }).click();
  await page.getByRole('menuitem', { name: 'Change history' }).click();
  const history = page.getByRole('dialog', { name: 'Change history' });
  const entry = history
    .getByRole('listitem')
    .filter({ hasText: `Website: ${oldWebsite} → https://www.nokia.com` });
  await expect(entry).toContainText('updated from PRH');
});

test('a struck-off or withdrawn Norwegian company offers no update and says so', async ({
  page,
  api,
  signIn,
}) => {
  await signIn(page, users.admin);
  const cases = [
    {
      vat: 'NO912345688MVA',
      text: 'The registry lists this company as deleted on 2024-03-15. There is nothing to update.',
    },
    {
      vat: 'NO912345696MVA',
      text: 'The registry has removed this company from its open data (2023-11-30). There is nothing to update.',
    },
  ];
  for (const { vat, text } of cases) {
    const name = `Fjordkant ${uniqueToken()} AS`;
    const customer = await customerBuilder().name(name).country('NO').vatNumber(vat).create(api);
    const dialog = await openRegistryDialog(page, customer.id, name);
    await expect(dialog.getByText(text)).toBeVisible();
    await expect(dialog.getByText('Registry status: Deleted')).toBeVisible();
    await expect(dialog.getByText('Source: Brønnøysundregistrene, licence NLOD')).toBeVisible();
    await expect(dialog.getByRole('checkbox')).toHaveCount(0);
    await expect(dialog.getByRole('button', { name: /^Update/ })).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Close' }).first().click();
    await expect(dialog).toBeHidden();
  }
});

test('a business id the registry does not know is said to be not found', async ({
  page,
  api,
  signIn,
}) => {
  const name = `Tuntematon ${uniqueToken()} Oy`;
  const customer = await customerBuilder()
    .name(name)
    .country('FI')
    .vatNumber('FI00000019')
    .create(api);
  await signIn(page, users.admin);
  const dialog = await openRegistryDialog(page, customer.id, name);
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('This company was not found in the registry.');
  await expect(alert).toContainText('Business id 0000001-9 was not found in the registry (PRH)');
  await expect(dialog.getByRole('button', { name: /^Update/ })).toHaveCount(0);
});

test('a throttling registry is reported as unavailable, to be tried again later', async ({
  page,
  api,
  signIn,
}) => {
  const name = `Ruuhka ${uniqueToken()} Oy`;
  const vatNumber = `FI${throttledFinnishBusinessId.replace('-', '')}`;
  const customer = await customerBuilder()
    .name(name)
    .country('FI')
    .vatNumber(vatNumber)
    .create(api);
  await signIn(page, users.admin);
  const dialog = await openRegistryDialog(page, customer.id, name);
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('The registry is unavailable. Try again later.');
  await expect(alert).toContainText('PRH is throttling requests (HTTP 429');
  await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: /^Update/ })).toHaveCount(0);
});

test('a change made meanwhile is a conflict; reloading compares again and then updates', async ({
  page,
  api,
  signIn,
}) => {
  const name = `Oy Nokia Ab ${uniqueToken()}`;
  const customer = await customerBuilder()
    .name(name)
    .country('FI')
    .vatNumber('FI01120389')
    .create(api);
  await signIn(page, users.manager);
  const dialog = await openRegistryDialog(page, customer.id, name);
  await expect(dialog.getByRole('checkbox', { name: 'Take over Website' })).toBeChecked();

  await api.updateCustomer(customer.id, { version: customer.version, phone: '+358 10 123 4567' });
  await dialog.getByRole('button', { name: /^Update \d+ fields$/ }).click();
  const conflict = dialog
    .getByRole('alert')
    .filter({ hasText: 'Someone else changed this customer' });
  await expect(conflict).toBeVisible();

  await conflict.getByRole('button', { name: 'Reload and compare again' }).click();
  await expect(conflict).toBeHidden();
  await dialog.getByRole('checkbox', { name: 'Take over Name' }).uncheck();
  await dialog.getByRole('button', { name: /^Update \d+ fields?$/ }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('https://www.nokia.com')).toBeVisible();
  await expect(page.getByText('+358 10 123 4567')).toBeVisible();
});

test('the menu offers no registry update outside FI and NO, without a valid VAT number, or to a reader', async ({
  page,
  api,
  signIn,
}) => {
  const swedish = await customerBuilder().country('SE').vatNumber('SE556703748501').create(api);
  const noVat = await customerBuilder().country('FI').create(api);
  const nokia = await customerBuilder().country('FI').vatNumber('FI01120389').create(api);

  async function expectNoRegistryItem(customer: { id: number; name: string }) {
    await page.goto(`/customers/${customer.id}`);
    await expect(page.getByRole('heading', { level: 1, name: customer.name })).toBeVisible();
    await page.getByRole('button', { name: 'More actions' }).click();
    await expect(page.getByRole('menuitem', { name: 'Change history' })).toBeVisible();
    await expect(page.getByRole('menuitem', { name: 'Update customer details' })).toHaveCount(0);
    await page.keyboard.press('Escape');
  }

  await signIn(page, users.admin);
  await expectNoRegistryItem(swedish);
  await expectNoRegistryItem(noVat);

  await page.context().clearCookies();
  await signIn(page, users.readOnly);
  await expectNoRegistryItem(nokia);
});
