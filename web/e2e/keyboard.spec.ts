import type { Locator, Page } from '@playwright/test';
import { uniqueToken } from './support/builders';
import { expect, test } from './support/fixtures';
import { users } from './support/users';

/** Focus moves by Tab until `locator` has it (bounded, so a missing control fails fast). */
async function tabTo(page: Page, locator: Locator) {
  for (let i = 0; i < 40; i++) {
    if (await locator.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(locator).toBeFocused();
}

test('signs in, creates and edits a customer with the keyboard alone', async ({ page }) => {
  const name = `Keyboard ${uniqueToken()} Oy`;
  await page.goto('/sign-in');
  await tabTo(page, page.getByLabel('Email'));
  await page.keyboard.type(users.admin.email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(users.admin.password);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Customers' })).toBeVisible();

  // The skip link is the first stop and leads past the navigation.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();

  await tabTo(page, page.getByRole('button', { name: 'New customer' }));
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'New customer' });
  await expect(dialog.getByLabel('Name')).toBeFocused();
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

  await tabTo(page, page.getByRole('button', { name: 'Edit details' }));
  await page.keyboard.press('Enter');
  const form = page.getByRole('form', { name: 'Edit customer details' });
  await expect(form.getByLabel('Name')).toBeFocused();
  await tabTo(page, form.getByLabel('Industry'));
  await page.keyboard.type('Architecture');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Architecture')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Edit details' })).toBeFocused();

  await tabTo(page, page.getByRole('button', { name: 'More actions' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'Change history' })).toBeFocused();
  await page.keyboard.press('Enter');
  const history = page.getByRole('dialog', { name: 'Change history' });
  await expect(history.getByText('Industry: (empty) → Architecture')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(history).toBeHidden();
  await expect(page.getByRole('button', { name: 'More actions' })).toBeFocused();

  await tabTo(page, page.getByRole('link', { name: 'Financials' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/financials$/);
  await expect(page.getByText('No financial figures yet')).toBeVisible();
});
