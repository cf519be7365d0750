import { uniqueToken } from './support/builders';
import { expect, test } from './support/fixtures';
import { users } from './support/users';

test('creates a customer, showing a refused VAT number at its field', async ({ page, signIn }) => {
  const name = `Acme ${uniqueToken()} Oy`;
  await signIn(page, users.admin);
  await page.goto('/customers');
  await page.getByRole('button', { name: 'New customer' }).click();

  const dialog = page.getByRole('dialog', { name: 'New customer' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByLabel('VAT number').fill('FI12345678');
  await dialog.getByLabel('Country').fill('FI');
  await dialog.getByRole('button', { name: 'Create customer' }).click();

  // The server's 422 names vatNumber: the message is at that field, tied to it for screen readers.
  const vat = dialog.getByLabel('VAT number');
  await expect(vat).toHaveAttribute('aria-invalid', 'true');
  await expect(vat).toBeFocused();
  await expect(vat).toHaveAccessibleDescription(/\S/);
  await expect(dialog.getByLabel('Name')).not.toHaveAttribute('aria-invalid', 'true');

  // Typing elsewhere keeps the focus where the user is, while the VAT message stays.
  await dialog.getByLabel('Website').click();
  await page.keyboard.type('https://acme.example');
  await expect(dialog.getByLabel('Website')).toBeFocused();
  await expect(vat).toHaveAttribute('aria-invalid', 'true');

  await vat.fill('FI01120389');
  await dialog.getByRole('button', { name: 'Create customer' }).click();

  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page).toHaveURL(/\/customers\/\d+\/contacts$/);
  await expect(page.getByText('FI01120389')).toBeVisible();
  await expect(page.getByText('No contacts yet')).toBeVisible();
});

test('asks for a name before sending anything', async ({ page, signIn }) => {
  await signIn(page, users.admin);
  await page.goto('/customers');
  await page.getByRole('button', { name: 'New customer' }).click();
  const dialog = page.getByRole('dialog', { name: 'New customer' });
  await dialog.getByRole('button', { name: 'Create customer' }).click();
  await expect(dialog.getByLabel('Name')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByLabel('Name')).toHaveAccessibleDescription('Enter a name.');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
