import { customerBuilder, projectBuilder, uniqueToken } from './support/builders';
import { expect, test } from './support/fixtures';
import { users } from './support/users';

test('creates a sales case from the tab and wins it: it becomes an open project at 100 %', async ({
  page,
  api,
  signIn,
}) => {
  const customer = await customerBuilder().create(api);
  const name = `ERP roll-out ${uniqueToken()}`;
  await signIn(page, users.manager);
  await page.goto(`/customers/${customer.id}/sales`);
  await expect(page.getByText('No sales cases or projects yet')).toBeVisible();

  await page.getByRole('button', { name: 'New sales case' }).click();
  const dialog = page.getByRole('dialog', { name: 'New sales case' });
  await dialog.getByLabel('Name').fill(name);
  // The probability follows the chosen status until the user types one.
  await expect(dialog.getByLabel('Probability %')).toHaveValue('10');
  await dialog.getByLabel('Sales status').selectOption({ label: 'Proposal (in progress)' });
  await expect(dialog.getByLabel('Probability %')).toHaveValue('50');
  await dialog.getByLabel('Expected value').fill('12 500');
  await dialog.getByLabel('Currency').fill('EUR');
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog).toBeHidden();

  const open = page.getByRole('table', { name: /^Open sales cases and projects/ });
  const row = open.getByRole('row', { name: new RegExp(name) });
  await expect(row).toContainText('Proposal');
  await expect(row).toContainText('Sales case');
  await expect(row).toContainText('€12,500.00');
  await expect(row).toContainText('50 %');
  const totals = page.getByRole('table', { name: /Pipeline of open sales cases/ });
  await expect(totals.getByRole('row', { name: /EUR/ })).toContainText('€6,250.00');

  await row.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await page.getByLabel('New sales status').selectOption({ label: 'Won' });
  await page.getByRole('button', { name: 'Change status' }).click();
  await expect(page.getByTestId('project-state')).toHaveText('Open project');
  await expect(page.getByTestId('project-probability')).toHaveText('100 %');
  await expect(
    page.getByRole('list', { name: 'Status history' }).getByRole('listitem'),
  ).toHaveCount(2);

  await page.getByRole('link', { name: customer.name }).click();
  const wonRow = page
    .getByRole('table', { name: /^Open sales cases and projects/ })
    .getByRole('row', { name: new RegExp(name) });
  await expect(wonRow).toContainText('Open project');
  await expect(wonRow).toContainText('100 %');
  // Won is no longer pipeline: the totals table is gone.
  await expect(page.getByRole('table', { name: /Pipeline of open sales cases/ })).toHaveCount(0);
});

test('closes and reopens a project', async ({ page, api, signIn }) => {
  const customer = await customerBuilder().create(api);
  const project = await projectBuilder(customer.id).open().create(api);
  await signIn(page, users.admin);
  await page.goto(`/projects/${project.id}`);
  await expect(page.getByRole('heading', { level: 1, name: project.name })).toBeVisible();
  // Its tasks are a section of the card, on the same board component as the Collaboration tab.
  const tasks = page.getByRole('region', { name: 'Tasks', exact: true });
  await expect(tasks.getByRole('region', { name: 'Not started', exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Close project' }).click();
  await expect(page.getByTestId('project-state')).toHaveText('Closed');
  await expect((await api.getProject(project.id)).state).toBe('closed');

  await page.getByRole('button', { name: 'Reopen' }).click();
  await expect(page.getByTestId('project-state')).toHaveText('Open project');
  await expect(page.getByRole('button', { name: 'Close project' })).toBeVisible();
  await expect((await api.getProject(project.id)).state).toBe('open');
});

test('lists projects, searched and filtered by customer and state', async ({
  page,
  api,
  signIn,
}) => {
  const customer = await customerBuilder().create(api);
  const token = uniqueToken();
  const open = await projectBuilder(customer.id).name(`Portal ${token}`).open().create(api);
  const sales = await projectBuilder(customer.id).name(`Portal ${token} phase 2`).create(api);
  await signIn(page, users.readOnly);
  await page.goto('/projects');
  await page.getByLabel('Search projects').fill(token);
  await expect(page.getByRole('link', { name: open.name, exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: sales.name })).toBeVisible();

  await page.getByLabel('State').selectOption({ label: 'Sales case' });
  await expect(page.getByRole('link', { name: open.name, exact: true })).toHaveCount(0);
  await expect(page.getByRole('link', { name: sales.name })).toBeVisible();
  await expect(page).toHaveURL(/state=sales/);

  await page.getByRole('link', { name: sales.name }).click();
  await expect(page.getByText('You can view this project but not change it.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Change status' })).toHaveCount(0);
});
