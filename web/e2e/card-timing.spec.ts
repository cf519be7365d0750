import { customerBuilder } from './support/builders';
import { expect, test } from './support/fixtures';
import { users } from './support/users';

/**
 * Measures, does not judge: how long a customer card takes to show its header, from the start of
 * the navigation. The budget (DESIGN §8: under 1 s) is read from the printed figures.
 */
test('time to open a customer card', async ({ page, api, signIn }) => {
  const customer = await customerBuilder().create(api);
  await signIn(page, users.consultant);

  // A full page load of a deep link: navigation start → the header's heading in the DOM.
  await page.goto('/customers');
  await expect(page.getByRole('heading', { level: 1, name: 'Customers' })).toBeVisible();
  await page.goto(`/customers/${customer.id}/contacts`, { waitUntil: 'commit' });
  const coldMs = await page.evaluate(
    (name) =>
      new Promise<number>((resolve) => {
        const check = () => {
          const heading = document.querySelector('h1');
          if (heading?.textContent === name) resolve(performance.now());
          else requestAnimationFrame(check);
        };
        check();
      }),
    customer.name,
  );

  // In-app: from a click on the list to the header (the pointer on the link starts the load).
  await page.goto(`/customers?q=${encodeURIComponent(customer.name)}`);
  const link = page.getByRole('link', { name: customer.name });
  await expect(link).toBeVisible();
  const started = Date.now();
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: customer.name })).toBeVisible();
  const inAppMs = Date.now() - started;

  console.log(
    `customer card header visible: full load ${coldMs.toFixed(0)} ms, from the list ${inAppMs} ms`,
  );
});
