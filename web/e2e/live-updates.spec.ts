import type { Browser, Locator, Page } from '@playwright/test';
import { customerBuilder, projectBuilder, uniqueToken } from './support/builders';
import { expect, test } from './support/fixtures';
import { users, type SeededUser } from './support/users';

function column(page: Page, name: string): Locator {
  return page.getByRole('region', { name, exact: true });
}

/**
 * A second person: their own browser context (own session cookie), signed in through the API, on
 * the customer's Collaboration board, with its event stream open.
 */
async function openBoardAs(
  browser: Browser,
  baseURL: string,
  user: SeededUser,
  customerId: number,
): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    locale: 'en-GB',
    timezoneId: 'Europe/Helsinki',
  });
  const page = await context.newPage();
  const login = await page.request.post('/api/v1/auth/login', {
    data: { email: user.email, password: user.password },
  });
  expect(login.status(), await login.text()).toBe(200);
  await openBoard(page, customerId);
  return page;
}

/** Opens the board and waits until the page listens to live updates (the stream answered). */
async function openBoard(page: Page, customerId: number) {
  const listening = page.waitForResponse(
    (response) => response.url().endsWith('/api/v1/events') && response.status() === 200,
  );
  await page.goto(`/customers/${customerId}/collaboration`);
  await listening;
}

test('two people on one board see each other’s moves and new tasks without reloading', async ({
  page,
  api,
  signIn,
  browser,
  baseURL,
}) => {
  const customer = await customerBuilder().create(api);
  const project = await projectBuilder(customer.id)
    .name(`Roll-out ${uniqueToken()}`)
    .open()
    .create(api);
  const moved = `Kick-off ${uniqueToken()}`;
  const dragged = `Training ${uniqueToken()}`;
  const task = await api.createTask(project.id, { name: moved });
  await api.createTask(project.id, { name: dragged });
  const statuses = await api.taskStatuses();
  const inProgress = statuses.find((status) => status.name === 'In progress');
  if (!inProgress) throw new Error('no In progress status');

  await signIn(page, users.manager);
  await openBoard(page, customer.id);
  const other = await openBoardAs(browser, baseURL ?? '', users.consultant, customer.id);
  for (const p of [page, other]) {
    await expect(column(p, 'Not started').getByRole('listitem')).toHaveCount(2);
  }
  let navigations = 0;
  other.on('framenavigated', () => (navigations += 1));

  // A move made elsewhere (here through the API) shows on both boards.
  await api.moveTask(task.id, { version: task.version, statusId: inProgress.id });
  for (const p of [page, other]) {
    await expect(
      column(p, 'In progress').getByRole('button', { name: moved, exact: true }),
    ).toBeVisible();
  }

  // A drag on one board shows on the other; the mover's own card stays where it was dropped.
  await page.getByRole('button', { name: dragged, exact: true }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: dragged, exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText(`${dragged} is over In progress.`, { exact: true })).toBeAttached();
  await page.keyboard.press('Space');
  for (const p of [page, other]) {
    await expect(
      column(p, 'In progress').getByRole('button', { name: dragged, exact: true }),
    ).toBeVisible();
    await expect(column(p, 'In progress').getByTestId('column-count')).toHaveText('2');
    await expect(column(p, 'Not started').getByRole('listitem')).toHaveCount(0);
  }

  // A task added by someone else appears.
  const added = `Workshop ${uniqueToken()}`;
  await api.createTask(project.id, { name: added });
  for (const p of [page, other]) {
    await expect(
      column(p, 'Not started').getByRole('button', { name: added, exact: true }),
    ).toBeVisible();
  }
  expect(navigations, 'the other board was never reloaded').toBe(0);

  // A note added elsewhere appears on the other person's open customer card.
  const listening = other.waitForResponse(
    (response) => response.url().endsWith('/api/v1/events') && response.status() === 200,
  );
  await other.goto(`/customers/${customer.id}`);
  await listening;
  await expect(other.getByText('No notes yet')).toBeVisible();
  const note = `Scope agreed ${uniqueToken()}`;
  await api.createNote(`customers/${customer.id}`, note);
  await expect(other.getByText(note)).toBeVisible();
  await other.context().close();
});
