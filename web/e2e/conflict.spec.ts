import { customerBuilder, uniqueToken } from './support/builders';
import { expect, test } from './support/fixtures';
import { users, type SeededUser } from './support/users';
import type { Browser, Page } from '@playwright/test';

async function openCard(
  browser: Browser,
  baseURL: string,
  user: SeededUser,
  id: number,
): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const response = await page.request.post('/api/v1/auth/login', {
    data: { email: user.email, password: user.password },
  });
  expect(response.status()).toBe(200);
  await page.goto(`/customers/${id}/contacts`);
  return page;
}

test('a second editor gets the conflict and keeps what they typed', async ({
  browser,
  baseURL,
  api,
}) => {
  const customer = await customerBuilder().phone('+358 40 000 0000').create(api);
  const first = await openCard(browser, baseURL as string, users.manager, customer.id);
  const second = await openCard(browser, baseURL as string, users.admin, customer.id);

  // Both start editing the same version.
  for (const page of [first, second]) {
    await expect(page.getByRole('heading', { level: 1, name: customer.name })).toBeVisible();
    await page.getByRole('button', { name: 'Edit details' }).click();
  }

  const firstForm = first.getByRole('form', { name: 'Edit customer details' });
  await firstForm.getByLabel('Phone').fill('+358 40 111 1111');
  await firstForm.getByRole('button', { name: 'Save' }).click();
  await expect(first.getByText('+358 40 111 1111')).toBeVisible();

  const typedName = `Second ${uniqueToken()} Oy`;
  const secondForm = second.getByRole('form', { name: 'Edit customer details' });
  await secondForm.getByLabel('Name').fill(typedName);
  await secondForm.getByRole('button', { name: 'Save' }).click();

  const conflict = second
    .getByRole('alert')
    .filter({ hasText: 'Someone else changed this customer' });
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText(`${users.manager.name} saved changes at`);
  await expect(conflict.getByRole('row', { name: /Name/ })).toContainText(typedName);
  // Nothing was overwritten, and what the user typed is still there.
  await expect(secondForm.getByLabel('Name')).toHaveValue(typedName);
  expect((await api.getCustomer(customer.id)).name).toBe(customer.name);

  const reload = conflict.getByRole('button', { name: 'Load their version and keep my changes' });
  await expect(reload).toBeFocused();
  await reload.click();
  await expect(secondForm.getByRole('button', { name: 'Save' })).toBeFocused();
  await expect(secondForm.getByLabel('Name')).toHaveValue(typedName);
  await expect(secondForm.getByLabel('Phone')).toHaveValue('+358 40 111 1111');
  await secondForm.getByRole('button', { name: 'Save' }).click();

  await expect(second.getByRole('heading', { level: 1, name: typedName })).toBeVisible();
  const saved = await api.getCustomer(customer.id);
  expect(saved.name).toBe(typedName);
  expect(saved.phone).toBe('+358 40 111 1111');

  await first.context().close();
  await second.context().close();
});
