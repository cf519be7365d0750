import type { Locator, Page } from '@playwright/test';
import type { SeedApi } from './support/api';
import { customerBuilder, projectBuilder, uniqueToken } from './support/builders';
import { expect, test } from './support/fixtures';
import { users } from './support/users';

function column(page: Page, name: string): Locator {
  return page.getByRole('region', { name, exact: true });
}

function card(page: Page, name: string): Locator {
  return page.getByRole('button', { name, exact: true });
}

/** A mouse drag in small steps, so the pointer sensor sees a real drag (not a click). */
async function dragWithMouse(page: Page, from: Locator, to: Locator) {
  await from.scrollIntoViewIfNeeded();
  const source = await from.boundingBox();
  const target = await to.boundingBox();
  if (!source || !target) throw new Error('card or column not on screen');
  await page.mouse.move(source.x + source.width / 2, source.y + source.height / 2);
  await page.mouse.down();
  await page.mouse.move(source.x + source.width / 2 + 10, source.y + source.height / 2, {
    steps: 5,
  });
  await page.mouse.move(target.x + target.width / 2, target.y + 60, { steps: 15 });
  await page.mouse.up();
}

/**
 * Keyboard drag: pick up, one column to the right, drop. Each key waits until the previous one has
 * taken effect (the card is picked up; the board announces it over the target), so a key never
 * lands before dnd-kit has measured the columns.
 */
async function moveRightWithKeyboard(page: Page, name: string, target: string) {
  await card(page, name).focus();
  await page.keyboard.press('Space');
  await expect(card(page, name)).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText(`${name} is over ${target}.`, { exact: true })).toBeAttached();
  await page.keyboard.press('Space');
}

async function seedBoard(api: SeedApi) {
  const customer = await customerBuilder().create(api);
  const project = await projectBuilder(customer.id)
    .name(`Roll-out ${uniqueToken()}`)
    .open()
    .create(api);
  const names = ['Kick-off', 'Data migration', 'Training'].map(
    (name) => `${name} ${uniqueToken()}`,
  );
  const tasks = [];
  for (const name of names) tasks.push(await api.createTask(project.id, { name }));
  return { customer, project, names, tasks };
}

test('moves tasks with the mouse and with the keyboard; the order survives a reload', async ({
  page,
  api,
  signIn,
}) => {
  const { customer, names } = await seedBoard(api);
  const [first, second, third] = names as [string, string, string];
  await signIn(page, users.manager);
  await page.goto(`/customers/${customer.id}/collaboration`);

  const notStarted = column(page, 'Not started');
  const inProgress = column(page, 'In progress');
  await expect(notStarted.getByRole('listitem')).toHaveCount(3);
  await expect(notStarted.getByTestId('column-count')).toHaveText('3');
  await expect(page.getByTestId('board-summary')).toHaveText('3 not started · 0 in progress');

  await dragWithMouse(page, card(page, second), inProgress.getByRole('list'));
  await expect(inProgress.getByRole('button', { name: second, exact: true })).toBeVisible();
  await expect(inProgress.getByTestId('column-count')).toHaveText('1');
  await expect(notStarted.getByTestId('column-count')).toHaveText('2');
  await expect(page.getByTestId('board-summary')).toHaveText('2 not started · 1 in progress');

  // Keyboard: pick up, one column to the right, drop.
  await moveRightWithKeyboard(page, third, 'In progress');
  await expect(inProgress.getByRole('button', { name: third, exact: true })).toBeVisible();
  await expect(inProgress.getByTestId('column-count')).toHaveText('2');
  await expect(page.getByTestId('board-summary')).toHaveText('1 not started · 2 in progress');

  // The server has the same order as the screen, and a reload shows it.
  const shown = await inProgress.locator('.task-card__name').allTextContents();
  await expect
    .poll(async () => {
      const board = await api.customerBoard(customer.id);
      return board.columns
        .find((item) => item.status.name === 'In progress')
        ?.tasks.map((t) => t.name);
    })
    .toEqual(shown);
  await page.reload();
  await expect(inProgress.locator('.task-card__name')).toHaveText(shown);
  await expect(notStarted.locator('.task-card__name')).toHaveText([first]);
});

test('a read-only user sees the board but cannot drag or add tasks', async ({
  page,
  api,
  signIn,
}) => {
  const { customer, names } = await seedBoard(api);
  await signIn(page, users.readOnly);
  await page.goto(`/customers/${customer.id}/collaboration`);
  const notStarted = column(page, 'Not started');
  await expect(notStarted.getByRole('listitem')).toHaveCount(3);
  await expect(page.getByRole('button', { name: 'Add task' })).toHaveCount(0);

  const name = names[0] as string;
  await expect(card(page, name)).toHaveAttribute('aria-disabled', 'true');
  await dragWithMouse(page, card(page, name), column(page, 'In progress').getByRole('list'));
  await card(page, name).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await expect(notStarted.getByRole('button', { name, exact: true })).toBeVisible();
  await expect(column(page, 'In progress').getByRole('listitem')).toHaveCount(0);
  const board = await api.customerBoard(customer.id);
  expect(board.columns.find((item) => item.status.name === 'Not started')?.count).toBe(3);
});

test('a move the server refuses (stale version) goes back with a message', async ({
  page,
  api,
  signIn,
}) => {
  const { customer, names, tasks } = await seedBoard(api);
  const name = names[0] as string;
  await signIn(page, users.admin);
  // Without live updates, as when the other move lands just as this user drops: otherwise the
  // board would be refreshed before the drop and nothing would be stale.
  await page.route('**/api/v1/events', (route) => route.abort());
  await page.goto(`/customers/${customer.id}/collaboration`);
  const notStarted = column(page, 'Not started');
  await expect(notStarted.getByRole('listitem')).toHaveCount(3);

  // Someone else moves the task within its column: the board on screen now has a stale version.
  const [first, , last] = tasks;
  if (!first || !last) throw new Error('seedBoard made three tasks');
  await api.moveTask(first.id, {
    version: first.version,
    statusId: first.statusId,
    afterTaskId: last.id,
  });

  await moveRightWithKeyboard(page, name, 'In progress');
  await expect(page.getByText('Someone else changed this task just now').first()).toBeVisible();
  await expect(notStarted.getByRole('button', { name, exact: true })).toBeVisible();
  await expect(column(page, 'In progress').getByRole('listitem')).toHaveCount(0);
  await expect(notStarted.getByTestId('column-count')).toHaveText('3');
});

test('a column with more than a page of tasks shows the rest on "Show more"', async ({
  page,
  api,
  signIn,
}) => {
  const { customer, project } = await seedBoard(api);
  // 3 tasks from the seed plus 100: the column's first page holds 100.
  const token = uniqueToken();
  await Promise.all(
    Array.from({ length: 100 }, (_, i) =>
      api.createTask(project.id, { name: `Bulk ${String(i).padStart(3, '0')} ${token}` }),
    ),
  );
  await signIn(page, users.manager);
  await page.goto(`/customers/${customer.id}/collaboration`);
  const notStarted = column(page, 'Not started');
  await expect(notStarted.getByTestId('column-count')).toHaveText('103');
  await expect(notStarted.getByRole('listitem')).toHaveCount(100);
  await notStarted.getByRole('button', { name: 'Show more (3 tasks not shown)' }).click();
  await expect(notStarted.getByRole('listitem')).toHaveCount(103);
  await expect(notStarted.getByRole('button', { name: /Show more/ })).toHaveCount(0);
});
