import { uniqueToken } from './support/builders';
import { expect, test } from './support/fixtures';
import { users } from './support/users';

test('an administrator adds, renames, reorders and disables a sales status', async ({
  page,
  signIn,
}) => {
  const name = `Pilot ${uniqueToken()}`;
  await signIn(page, users.admin);
  await page.goto('/settings/sales-statuses');
  await expect(page.getByRole('heading', { level: 1, name: 'Sales statuses' })).toBeVisible();

  const form = page.getByRole('form', { name: 'New status' });
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Probability %').fill('30');
  await form.getByRole('button', { name: 'Add status' }).click();
  const row = page.getByRole('row', { name: new RegExp(name) });
  await expect(row).toContainText('in progress · 30 %');

  const renamed = `${name} renamed`;
  await page.getByRole('button', { name: `Rename ${name}` }).click();
  await page.getByRole('textbox', { name: `Rename ${name}` }).fill(renamed);
  await page.getByRole('textbox', { name: `Rename ${name}` }).press('Enter');
  const renamedRow = page.getByRole('row', { name: new RegExp(renamed) });
  await expect(renamedRow).toBeVisible();

  // Last in the list; one step up puts it above Lost.
  const names = page.locator('tbody tr td:first-child');
  await expect(names.last()).toHaveText(renamed);
  await page.getByRole('button', { name: `Move ${renamed} up` }).click();
  await expect(names.last()).toHaveText('Lost');

  await renamedRow.getByRole('button', { name: 'Disable' }).click();
  await expect(renamedRow).toContainText('Disabled');
  await page.reload();
  await expect(page.getByRole('row', { name: new RegExp(renamed) })).toContainText('Disabled');
});

test('a consultant cannot open the status settings', async ({ page, signIn }) => {
  await signIn(page, users.consultant);
  await page.goto('/settings/task-statuses');
  await expect(page.getByRole('heading', { name: 'No access' })).toBeVisible();
});
