import { expect, test } from './support/fixtures';
import { users } from './support/users';

// The fake registry (global setup) answers from server/tests/fixtures/registry: Equinor is
// NO 923609016; FI 0000001-9 is not on file.

test('fills the new-customer dialog from the registry and adds its addresses', async ({
  page,
  api,
  signIn,
}) => {
  await signIn(page, users.admin);
  await page.goto('/customers');
  await page.getByRole('button', { name: 'New customer' }).click();
  const dialog = page.getByRole('dialog', { name: 'New customer' });
  const fill = dialog.getByRole('button', { name: 'Fill from registry' });

  // Nothing to offer until a valid Finnish or Norwegian business id is typed.
  await dialog.getByLabel('VAT number').fill('0112038-8');
  await expect(fill).toHaveCount(0);

  // A valid id the registry does not know.
  await dialog.getByLabel('VAT number').fill('0000001-9');
  await expect(dialog.getByText('Found a Finnish business id: 0000001-9.')).toBeVisible();
  await fill.click();
  await expect(dialog.getByRole('alert')).toContainText(
    'This company was not found in the registry.',
  );

  await dialog.getByLabel('VAT number').fill('923609016');
  await expect(dialog.getByText('Found a Norwegian business id: 923609016.')).toBeVisible();
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await fill.click();

  await expect(dialog.getByLabel('Name')).toHaveValue('EQUINOR ASA');
  await expect(dialog.getByLabel('VAT number')).toHaveValue('NO923609016MVA');
  await expect(dialog.getByLabel('Country')).toHaveValue('NO');
  await expect(dialog.getByLabel('Website')).toHaveValue('https://www.equinor.com');
  await expect(dialog.getByText('Registry status: Active')).toBeVisible();
  await expect(dialog.getByText('Source: Brønnøysundregistrene, licence NLOD')).toBeVisible();
  await expect(
    dialog.getByText('Visiting address: Forusbeen 50, 4035 STAVANGER, NO'),
  ).toBeVisible();
  await expect(dialog.getByText('Postal address: Postboks 8500, 4035 STAVANGER, NO')).toBeVisible();
  await expect(
    dialog.getByRole('checkbox', { name: 'Add these addresses to the new customer' }),
  ).toBeChecked();

  await dialog.getByRole('button', { name: 'Create customer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'EQUINOR ASA' })).toBeVisible();
  await expect(page.getByText('NO923609016MVA')).toBeVisible();

  const id = Number(/\/customers\/(\d+)/.exec(page.url())?.[1]);
  const addresses = await api.getAddresses(id);
  expect(addresses).toEqual([
    expect.objectContaining({ street: ['Forusbeen 50'], uses: ['visiting'], isHeadquarters: true }),
    expect.objectContaining({ street: ['Postboks 8500'], uses: ['postal'], isHeadquarters: false }),
  ]);
});
