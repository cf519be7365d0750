import { customerBuilder, uniqueToken } from './support/builders';
import { expect, test } from './support/fixtures';
import { users } from './support/users';

test('search finds one customer among many and the list pages with Load more', async ({
  page,
  api,
  signIn,
}) => {
  const batch = uniqueToken();
  for (let i = 0; i < 60; i += 10) {
    await Promise.all(
      Array.from({ length: 10 }, (_, j) =>
        customerBuilder()
          .name(`Batch${batch} Customer ${String(i + j).padStart(2, '0')} Oy`)
          .create(api),
      ),
    );
  }
  const needle = await customerBuilder().name(`Oy Needle${batch} Ab`).create(api);

  await signIn(page, users.consultant);
  await page.goto('/customers');
  const search = page.getByRole('searchbox', { name: 'Search customers' });

  // A substring in the middle of the name, typed as a person types.
  const listRequest = page.waitForRequest(
    (request) =>
      request.url().includes('/api/v1/customers?') &&
      new URL(request.url()).searchParams.get('q') === `eedle${batch}`,
  );
  await search.pressSequentially(`eedle${batch}`, { delay: 20 });
  const request = await listRequest;
  expect(new URL(request.url()).searchParams.get('limit')).toBe('50');

  const table = page.getByRole('table', { name: 'Customers' });
  await expect(table.getByRole('link', { name: needle.name })).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(2); // header + the one match
  await expect(page).toHaveURL(new RegExp(`q=eedle${batch}`));

  // The batch is more than a page: 50 first, the rest after "Load more".
  await search.fill(`Batch${batch}`);
  await expect(page.getByRole('status').filter({ hasText: '50 customers shown' })).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(51);
  await page.getByRole('button', { name: 'Load more' }).click();
  await expect(page.getByRole('status').filter({ hasText: '60 customers shown' })).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(61);
  await expect(page.getByRole('button', { name: 'Load more' })).toBeHidden();

  // Sorted by number, highest first.
  await page.getByLabel('Sort by').selectOption({ label: 'Number (highest first)' });
  await expect(page).toHaveURL(/sort=-number/);
  await expect(page.getByRole('status').filter({ hasText: '50 customers shown' })).toBeVisible();
  const numbers = await table.locator('tbody tr td:first-child').allInnerTexts();
  expect(numbers.map(Number)).toEqual([...numbers.map(Number)].sort((a, b) => b - a));

  await search.fill(`nothing-like-${batch}`);
  await expect(page.getByText('No customers match')).toBeVisible();
});

test('filters by account owner and by status', async ({ page, api, signIn }) => {
  const batch = uniqueToken();
  const manager = await api.userByEmail(users.manager.email);
  const owned = await customerBuilder()
    .name(`Filter${batch} Owned Oy`)
    .accountOwner(manager.id)
    .create(api);
  const other = await customerBuilder().name(`Filter${batch} Other Oy`).create(api);

  await signIn(page, users.admin);
  await page.goto(`/customers?q=Filter${batch}`);
  const table = page.getByRole('table', { name: 'Customers' });
  await expect(table.getByRole('row')).toHaveCount(3);

  await page.getByLabel('Account owner').selectOption({ label: users.manager.name });
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table.getByRole('link', { name: owned.name })).toBeVisible();
  await page.getByLabel('Account owner').selectOption({ label: 'Anyone' });
  await expect(table.getByRole('row')).toHaveCount(3);

  // Inactivate one through the card, then look for it under each status.
  await table.getByRole('link', { name: other.name }).click();
  await page.getByRole('button', { name: 'More actions' }).click();
  await page.getByRole('menuitem', { name: 'Inactivate' }).click();
  await expect(page.getByText('This customer is inactive.')).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`q=Filter${batch}`));
  await expect(table.getByRole('row')).toHaveCount(2);
  await page.getByLabel('Status').selectOption({ label: 'Inactive' });
  await expect(table.getByRole('link', { name: other.name })).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(2);
  await page.getByLabel('Status').selectOption({ label: 'All' });
  await expect(table.getByRole('row')).toHaveCount(3);
});
