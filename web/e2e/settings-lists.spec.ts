import { contactBuilder, customerBuilder, uniqueToken } from './support/builders';
import { expect, test } from './support/fixtures';
import { users } from './support/users';

test('an administrator creates, renames, disables and deletes a keyword, moving its contacts', async ({
  page,
  api,
  signIn,
}) => {
  const token = uniqueToken();
  const target = await api.createListItem('keywords', `Newsletter ${token}`);
  const customer = await customerBuilder().create(api);

  await signIn(page, users.admin);
  await page.goto('/customers');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Settings' })
    .click();
  await expect(page).toHaveURL(/\/settings\/keywords$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Keywords' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Keywords' });

  // Create; a duplicate name (any letter case) is refused at the field.
  const newName = page.getByLabel('New name');
  await newName.fill(`Xmas ${token}`);
  await page.getByRole('button', { name: 'Add' }).click();
  const row = table.getByRole('row', { name: new RegExp(`Xmas ${token}`) });
  await expect(row).toContainText('Active');
  await expect(newName).toHaveValue('');
  await newName.fill(`xmas ${token}`);
  await page.getByRole('button', { name: 'Add' }).click();
  await expect(newName).toHaveAttribute('aria-invalid', 'true');
  await expect(newName).toHaveAccessibleDescription(/already/);
  await newName.fill('');

  // Rename.
  await page.getByRole('button', { name: `Actions for Xmas ${token}` }).click();
  await page.getByRole('menuitem', { name: 'Rename' }).click();
  const rename = page.getByRole('dialog', { name: `Rename Xmas ${token}` });
  await rename.getByLabel('Name').fill(`Christmas card ${token}`);
  await rename.getByRole('button', { name: 'Save' }).click();
  await expect(rename).toBeHidden();
  const renamed = table.getByRole('row', { name: new RegExp(`Christmas card ${token}`) });
  await expect(renamed).toBeVisible();

  // Disable, and enable again.
  await page.getByRole('button', { name: `Actions for Christmas card ${token}` }).click();
  await page.getByRole('menuitem', { name: 'Disable' }).click();
  await expect(renamed).toContainText('Disabled');
  await page.getByRole('button', { name: `Actions for Christmas card ${token}` }).click();
  await page.getByRole('menuitem', { name: 'Enable' }).click();
  await expect(renamed).toContainText('Active');

  // Two contacts use it: deleting asks where they go, then moves them.
  const items = await api.listItems('keywords');
  const keyword = items.find((item) => item.name === `Christmas card ${token}`);
  expect(keyword).toBeDefined();
  const contacts = await Promise.all(
    [1, 2].map((n) =>
      contactBuilder()
        .firstName(`Moved${n}`)
        .keywords([keyword?.id ?? 0])
        .create(api, customer.id),
    ),
  );
  await page.reload();
  await expect(renamed.getByRole('cell').nth(1)).toHaveText('2');
  await page.getByRole('button', { name: `Actions for Christmas card ${token}` }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  const confirm = page.getByRole('alertdialog', { name: `Delete Christmas card ${token}?` });
  await expect(confirm).toContainText('2 contacts use it');
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(confirm.getByLabel('Replacement')).toHaveAccessibleDescription(
    'Choose the replacement.',
  );
  await confirm.getByLabel('Replacement').selectOption({ label: target.name });
  const deleting = page.waitForRequest((request) => request.method() === 'DELETE');
  await confirm.getByRole('button', { name: 'Delete' }).click();
  expect(new URL((await deleting).url()).searchParams.get('moveTo')).toBe(String(target.id));
  await expect(confirm).toBeHidden();
  await expect(renamed).toBeHidden();
  for (const contact of contacts) {
    expect((await api.getContact(contact.id)).keywordIds).toEqual([target.id]);
  }
  await expect(table.getByRole('row', { name: new RegExp(target.name) })).toContainText('2');
});

test('contact roles: create one and delete an unused one', async ({ page, signIn }) => {
  const token = uniqueToken();
  await signIn(page, users.admin);
  await page.goto('/settings');
  await page
    .getByRole('navigation', { name: 'Settings sections' })
    .getByRole('link', { name: 'Contact roles' })
    .click();
  await expect(page).toHaveURL(/\/settings\/contact-roles$/);
  await page.getByLabel('New name').fill(`Champion ${token}`);
  await page.getByRole('button', { name: 'Add' }).click();
  const table = page.getByRole('table', { name: 'Contact roles' });
  const row = table.getByRole('row', { name: new RegExp(`Champion ${token}`) });
  await expect(row).toBeVisible();
  await page.getByRole('button', { name: `Actions for Champion ${token}` }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  const confirm = page.getByRole('alertdialog', { name: `Delete Champion ${token}?` });
  await expect(confirm).toContainText('No contact uses it.');
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(row).toBeHidden();
});
