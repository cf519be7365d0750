import { customerBuilder, projectBuilder, uniqueToken } from './support/builders';
import { expect, test } from './support/fixtures';
import { users } from './support/users';

test('adds a fee on the project card and sees it in the list and the totals', async ({
  page,
  api,
  moneyApi,
  signIn,
}) => {
  const customer = await customerBuilder().create(api);
  const project = await projectBuilder(customer.id)
    .open()
    .expectedValue(1_000_000, 'EUR')
    .create(api);
  const description = `Licence ${uniqueToken()}`;

  await signIn(page, users.manager);
  await page.goto(`/projects/${project.id}`);
  const money = page.getByRole('region', { name: 'Project money' });
  await money.getByRole('tab', { name: 'Fees & costs' }).click();
  await expect(money.getByText('No fees or costs yet')).toBeVisible();

  await money.getByRole('button', { name: 'Add fee or cost' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add fee or cost' });
  await dialog.getByLabel('Description').fill(description);
  await dialog.getByLabel('Quantity').fill('2.555');
  await dialog.getByLabel('Unit price (EUR)').fill('1200,50');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('Enter a quantity with at most two decimals.')).toBeVisible();
  await dialog.getByLabel('Quantity').fill('2');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  const row = money.getByRole('row', { name: new RegExp(description) });
  await expect(row).toContainText('€2,401.00');
  await expect(money.getByRole('definition').first()).toHaveText('€2,401.00');
  expect((await moneyApi.fees(project.id)).map((fee) => fee.description)).toContain(description);
});
