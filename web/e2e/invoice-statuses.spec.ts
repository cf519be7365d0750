import type { APIRequestContext, PlaywrightWorkerArgs } from '@playwright/test';
import { uniqueToken } from './support/builders';
import { expect, test } from './support/fixtures';
import { users } from './support/users';

interface ApiInvoiceStatus {
  id: number;
  name: string;
  isDefault: boolean;
  version: number;
}

const path = '/api/v1/settings/invoice-statuses';

async function invoiceStatuses(request: APIRequestContext): Promise<ApiInvoiceStatus[]> {
  const response = await request.get(path);
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { items: ApiInvoiceStatus[] }).items;
}

/** The admin's token (as the `api` fixture uses), for changes the page should notice. */
async function adminApi(
  playwright: PlaywrightWorkerArgs['playwright'],
  baseURL: string | undefined,
) {
  return playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { Authorization: `Bearer ${process.env.CLIENTELE_ADMIN_TOKEN ?? ''}` },
  });
}

test('an administrator adds an invoice status and makes it the default, clearing the old one', async ({
  page,
  signIn,
  playwright,
  baseURL,
}) => {
  const api = await adminApi(playwright, baseURL);
  const before = (await invoiceStatuses(api)).find((s) => s.isDefault);
  expect(before).toBeDefined();
  const oldDefault = before?.name ?? '';
  const name = `Proforma ${uniqueToken()}`;

  await signIn(page, users.admin);
  await page.goto('/settings');
  await page
    .getByRole('navigation', { name: 'Settings sections' })
    .getByRole('link', { name: 'Invoice statuses' })
    .click();
  await expect(page).toHaveURL(/\/settings\/invoice-statuses$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Invoice statuses' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Invoice statuses' });
  await expect(table.getByRole('row', { name: /Approved/ })).toBeVisible();

  const form = page.getByRole('form', { name: 'New invoice status' });
  await form.getByLabel('Name').fill(name);
  await form.getByRole('button', { name: 'Add status' }).click();
  const row = table.getByRole('row', { name: new RegExp(name) });
  await expect(row).toContainText('Active');
  await expect(page.getByRole('checkbox', { name: `Read-only: ${name}` })).not.toBeChecked();

  await page.getByRole('button', { name: `Make ${name} the default` }).click();
  const names = table.locator('tbody tr th');
  await expect(names.first()).toHaveText(name);
  await expect(row.getByRole('cell').nth(1)).toHaveText('Default');
  const oldRow = table.getByRole('row', { name: new RegExp(oldDefault) }).first();
  await expect(oldRow.getByRole('cell').nth(1)).toHaveText('');
  await expect(page.getByRole('button', { name: `Make ${oldDefault} the default` })).toBeVisible();
  const after = await invoiceStatuses(api);
  expect(after.filter((s) => s.isDefault).map((s) => s.name)).toEqual([name]);

  // A refused flag shows the server's reason: a number needs a read-only status.
  await page.getByRole('checkbox', { name: `Assigns number: ${name}` }).click();
  await expect(
    page.getByRole('region', { name: /Notifications/ }).getByText(/readOnly: must be true/),
  ).toBeVisible();
  await api.dispose();
});

test('deleting shows the refusal when the status became the default meanwhile', async ({
  page,
  signIn,
  playwright,
  baseURL,
}) => {
  const api = await adminApi(playwright, baseURL);
  const doomed = `Unused ${uniqueToken()}`;
  const kept = `Kept ${uniqueToken()}`;
  await signIn(page, users.admin);
  await page.goto('/settings/invoice-statuses');
  const form = page.getByRole('form', { name: 'New invoice status' });
  for (const name of [doomed, kept]) {
    await form.getByLabel('Name').fill(name);
    await form.getByRole('button', { name: 'Add status' }).click();
    await expect(page.getByRole('row', { name: new RegExp(name) })).toBeVisible();
  }

  await page.getByRole('button', { name: `Delete ${doomed}` }).click();
  const confirm = page.getByRole('alertdialog', { name: `Delete ${doomed}?` });
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('row', { name: new RegExp(doomed) })).toBeHidden();

  await page.getByRole('button', { name: `Delete ${kept}` }).click();
  const status = (await invoiceStatuses(api)).find((s) => s.name === kept);
  const patched = await api.patch(`${path}/${status?.id ?? 0}`, {
    data: { version: status?.version ?? 0, isDefault: true },
  });
  expect(patched.status(), await patched.text()).toBe(200);
  const refusal = page.getByRole('alertdialog', { name: `Delete ${kept}?` });
  await refusal.getByRole('button', { name: 'Delete' }).click();
  await expect(refusal).toContainText('The default invoice status cannot be deleted');
  await refusal.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('row', { name: new RegExp(kept) })).toBeVisible();
  await api.dispose();
});
