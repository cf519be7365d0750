import { expect, test } from './support/fixtures';
import { users } from './support/users';

test('an administrator fills in the invoicing details; a bad IBAN is refused at the field and Finland brings its VAT rates', async ({
  page,
  signIn,
}) => {
  await signIn(page, users.admin);
  await page.goto('/settings/organization');
  await expect(page.getByRole('heading', { level: 2, name: 'Invoicing details' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Invoices still need' })).toContainText(
    'IBAN',
  );
  const vatRates = page.getByRole('region', { name: 'VAT rates' });
  await expect(vatRates.getByText('No VAT rates yet')).toBeVisible();

  const details = page.getByRole('form', { name: 'Invoicing details' });
  await details.getByLabel('Legal name').fill('Acme Consulting Oy');
  await details.getByLabel('Country').selectOption({ label: 'Finland' });
  await details.getByLabel('Business ID').fill('0112038-9');
  await details.getByLabel('Street address').fill('Mannerheimintie 12 B');
  await details.getByLabel('Postal code').fill('00100');
  await details.getByLabel('City').fill('Helsinki');
  await details.getByLabel('BIC').fill('NDEAFIHH');
  const iban = details.getByLabel('IBAN');
  await iban.fill('FI21 1234 5600 0007 86');
  await details.getByRole('button', { name: 'Save details' }).click();
  await expect(iban).toHaveAttribute('aria-invalid', 'true');
  await expect(iban).toHaveAccessibleDescription(/check digits/);
  await expect(vatRates.getByText('No VAT rates yet')).toBeVisible();

  await iban.fill('FI21 1234 5600 0007 85');
  await details.getByRole('button', { name: 'Save details' }).click();
  await expect(page.getByText('Invoicing details saved.', { exact: true })).toBeVisible();
  await expect(page.getByText('Invoices can be created')).toBeVisible();
  await expect(
    page.getByRole('form', { name: 'Invoicing details' }).getByLabel('IBAN'),
  ).toHaveValue('FI21 1234 5600 0007 85');
  const table = vatRates.getByRole('table', { name: 'VAT rates' });
  await expect(table.getByRole('row', { name: /Standard 25\.5 %/ })).toContainText('25.5 %');
  await expect(table.getByRole('row', { name: /Reduced 14 %/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /Reduced 10 %/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /Zero rated 0 %/ })).toContainText('Z');
});
