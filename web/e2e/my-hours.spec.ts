import { customerBuilder, projectBuilder, uniqueToken } from './support/builders';
import { expect, test } from './support/fixtures';
import { users } from './support/users';

test('fills a week in My hours with the keyboard and sees the totals', async ({
  page,
  api,
  moneyApi,
  signIn,
}) => {
  const consultant = await api.userByEmail(users.consultant.email);
  const customer = await customerBuilder().create(api);
  const project = await projectBuilder(customer.id)
    .name(`Timesheet ${uniqueToken()}`)
    .open()
    .members([consultant.id])
    .create(api);
  await moneyApi.workType('Consulting');

  await signIn(page, users.consultant);
  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'My hours' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'My hours' })).toBeVisible();

  const addRow = page.getByRole('form', { name: 'Add a row' });
  await addRow.getByLabel('Find project').fill(project.name);
  await addRow
    .getByLabel('Project', { exact: true })
    .selectOption({ label: `${project.number} ${project.name} (${customer.name})` });
  await addRow.getByLabel('Work type').selectOption({ label: 'Consulting' });
  await addRow.getByRole('button', { name: 'Add row' }).click();

  const rowName = `${project.name} · Consulting`;
  const monday = page.getByRole('textbox', { name: new RegExp(`^Hours for ${rowName} on Monday`) });
  await monday.click();
  // Tab and arrows move between the days; each cell saves on its own.
  await page.keyboard.type('1.5');
  await page.keyboard.press('Tab');
  await page.keyboard.type('1,5');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('1:30');
  await page.keyboard.press('Tab');
  await page.keyboard.type('90m');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2h');
  await page.keyboard.press('Enter');

  const grid = page.getByRole('table', { name: /Hours of week/ });
  await expect(grid.getByRole('cell', { name: `Total of ${rowName}` })).toHaveText('8');
  await expect(grid.getByRole('cell', { name: 'Total of Monday' })).toHaveText('1.5');
  await expect(grid.getByRole('cell', { name: 'Week total' })).toHaveText('8');

  // Garbage stays in its cell with a message and saves nothing.
  const saturday = grid.getByRole('textbox', {
    name: new RegExp(`^Hours for ${rowName} on Saturday`),
  });
  await saturday.fill('lots');
  await saturday.press('Enter');
  await expect(grid.getByText('Type hours as 1.5, 1,5 or 1:30.')).toBeVisible();
  await saturday.press('Escape');

  // Everything typed was saved: a reload shows the same week.
  await page.reload();
  await expect(grid.getByRole('cell', { name: 'Week total' })).toHaveText('8');
  await expect(monday).toHaveValue('1.5');
});
