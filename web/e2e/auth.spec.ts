import { customerBuilder } from './support/builders';
import { expect, test } from './support/fixtures';
import { users } from './support/users';

test.describe('sign-in', () => {
  test('signs in and out', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/sign-in/);
    await page.getByLabel('Email').fill(users.admin.email);
    await page.getByLabel('Password').fill(users.admin.password);
    await page.getByRole('button', { name: 'Sign in' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Customers' })).toBeVisible();
    await expect(page).toHaveURL(/\/customers$/);
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const section of ['Customers', 'Projects', 'Reports', 'Settings']) {
      await expect(nav.getByRole('link', { name: section })).toBeVisible();
    }
    await expect(page.getByText(`Signed in as ${users.admin.name}`)).toBeVisible();
    await expect(page.getByText('Organization: Acme Consulting Oy')).toBeVisible();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('heading', { name: 'Sign in to Clientele' })).toBeVisible();
    await expect(
      page.getByRole('status').filter({ hasText: 'You have signed out.' }),
    ).toBeVisible();

    // The session is gone on the server too: the app sends the user back to sign-in.
    await page.goto('/customers');
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fcustomers/);
  });

  test('says so when the password is wrong', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(users.mistyper.email);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toHaveText('Wrong email or password.');
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test('tells a throttled user when to try again', async ({ page }) => {
    for (let attempt = 0; attempt < 5; attempt++) {
      const response = await page.request.post('/api/v1/auth/login', {
        data: { email: users.throttled.email, password: `wrong-${attempt}` },
      });
      expect(response.status()).toBe(401);
    }
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(users.throttled.email);
    await page.getByLabel('Password').fill(users.throttled.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toHaveText(
      /Too many failed sign-in attempts\. Try again in \d+ (minutes?|seconds?)\./,
    );
  });

  test('a deep link loads directly and comes back after sign-in', async ({ page, api }) => {
    const customer = await customerBuilder().create(api);
    await page.goto(`/customers/${customer.id}/collaboration`);
    await expect(page).toHaveURL(/\/sign-in\?next=/);
    await page.getByLabel('Email').fill(users.consultant.email);
    await page.getByLabel('Password').fill(users.consultant.password);
    await page.getByRole('button', { name: 'Sign in' }).click();

    await expect(page).toHaveURL(new RegExp(`/customers/${customer.id}/collaboration$`));
    await expect(page.getByRole('heading', { level: 1, name: customer.name })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Collaboration' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  test('an ended session goes to sign-in and back to the same page', async ({
    page,
    api,
    signIn,
  }) => {
    const customer = await customerBuilder().create(api);
    await signIn(page, users.manager);
    await page.goto(`/customers/${customer.id}/sales`);
    await expect(page.getByRole('heading', { level: 1, name: customer.name })).toBeVisible();

    await page.context().clearCookies();
    // The next request finds the session gone: the user's next action, unless one of the card's
    // background requests (a section still loading, a live update) gets there first and the app
    // has already moved on to sign-in, taking the menu away.
    const nextAction = async () => {
      await page.getByRole('button', { name: 'More actions' }).click({ timeout: 5_000 });
      await page.getByRole('menuitem', { name: 'Change history' }).click({ timeout: 5_000 });
    };
    await nextAction().catch(() => undefined);

    await expect(page).toHaveURL(/\/sign-in\?next=/);
    await expect(
      page.getByRole('status').filter({ hasText: 'Your session has ended' }),
    ).toBeVisible();
    await page.getByLabel('Email').fill(users.manager.email);
    await page.getByLabel('Password').fill(users.manager.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(new RegExp(`/customers/${customer.id}/sales$`));
    await expect(page.getByRole('heading', { level: 1, name: customer.name })).toBeVisible();
  });
});
