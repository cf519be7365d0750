import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { customerBuilder, projectBuilder, uniqueToken } from './support/builders';
import { expect, test } from './support/fixtures';
import { users } from './support/users';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      help: violation.help,
      nodes: violation.nodes.map((node) => node.target.join(' ')),
    }));
}

test('adds a task from the project card, edits it and lists it', async ({ page, api, signIn }) => {
  const customer = await customerBuilder().create(api);
  const project = await projectBuilder(customer.id)
    .name(`Intranet ${uniqueToken()}`)
    .expectedValue(500_000, 'EUR')
    .create(api);
  const task = `Workshop ${uniqueToken()}`;
  await signIn(page, users.manager);
  await page.goto(`/projects/${project.id}`);
  const tasks = page.getByRole('region', { name: 'Tasks', exact: true });
  await expect(tasks.getByText('No tasks yet')).toBeVisible();

  await tasks.getByRole('button', { name: 'Add task' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add task' });
  await dialog.getByLabel('Name').fill(task);
  await dialog.getByLabel('Assignee').selectOption({ label: 'Kalle Consultant' });
  await dialog.getByLabel('Due date').fill('2026-12-01');
  await dialog.getByLabel('Estimate (minutes)').fill('240');
  await dialog.getByRole('button', { name: 'Add task' }).click();
  await expect(dialog).toBeHidden();

  const notStarted = tasks.getByRole('region', { name: 'Not started', exact: true });
  await expect(notStarted.getByRole('button', { name: task, exact: true })).toContainText(
    'Due 1 Dec 2026',
  );
  await expect(notStarted.getByRole('img', { name: 'Kalle Consultant' })).toHaveText('KC');

  await notStarted.getByRole('button', { name: `Open ${task}` }).click();
  const edit = page.getByRole('dialog', { name: 'Task' });
  await edit.getByLabel('Status').selectOption({ label: 'In review' });
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();
  const inReview = tasks.getByRole('region', { name: 'In review', exact: true });
  await expect(inReview.getByRole('button', { name: task, exact: true })).toBeVisible();
  await expect(tasks.getByTestId('board-summary')).toHaveText('0 not started · 1 in progress');

  await tasks.getByRole('button', { name: 'List' }).click();
  await expect(tasks.getByRole('row', { name: new RegExp(task) })).toContainText('In review');
});

test('the project card, the task dialog, the sales tab and the board pass axe', async ({
  page,
  api,
  signIn,
}) => {
  const customer = await customerBuilder().create(api);
  const project = await projectBuilder(customer.id).expectedValue(500_000, 'EUR').create(api);
  const task = await api.createTask(project.id, { name: `Review ${uniqueToken()}` });
  await signIn(page, users.manager);
  await page.goto(`/projects/${project.id}`);
  await expect(page.getByRole('button', { name: task.name, exact: true })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Add task' }).click();
  await expect(page.getByRole('dialog', { name: 'Add task' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.goto(`/customers/${customer.id}/sales`);
  await expect(page.getByRole('table', { name: /Pipeline of open sales cases/ })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto(`/customers/${customer.id}/collaboration`);
  await expect(page.getByRole('button', { name: task.name, exact: true })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
