import { readFileSync } from 'node:fs';
import { csrfTokenOf } from './support/api';
import { contactBuilder, customerBuilder, uniqueToken } from './support/builders';
import { expect, test } from './support/fixtures';
import { users } from './support/users';

test('adds a contact with a role and keywords; inactivates, finds, reactivates and deletes it', async ({
  page,
  api,
  signIn,
}) => {
  const token = uniqueToken();
  const customer = await customerBuilder().create(api);
  await api.createAddress(customer.id, { street: ['Karaportti 3'], city: 'Espoo' });
  const role = await api.createListItem('contact-roles', `Decision maker ${token}`);
  const christmas = await api.createListItem('keywords', `Christmas ${token}`);
  const newsletter = await api.createListItem('keywords', `Newsletter ${token}`);
  await contactBuilder().firstName('Bertta').lastName('Other').create(api, customer.id);

  await signIn(page, users.manager);
  await page.goto(`/customers/${customer.id}/contacts`);
  const contacts = page.getByRole('region', { name: 'Contacts', exact: true });
  const table = contacts.getByRole('table', { name: 'Contacts' });
  await expect(table.getByRole('row')).toHaveCount(2);

  // A name is needed, and the server's email check shows at the field.
  await contacts.getByRole('button', { name: 'Add contact' }).click();
  const dialog = page.getByRole('dialog', { name: 'New contact' });
  await expect(dialog.getByLabel('First name')).toBeFocused();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByLabel('First name')).toHaveAccessibleDescription(
    'Enter a first or a last name.',
  );
  await dialog.getByLabel('First name').fill('Anna');
  await dialog.getByLabel('Last name').fill(`Virtanen${token}`);
  await dialog.getByLabel('Title').fill('CFO');
  await dialog.getByLabel('Email').fill(`anna.${token}@example.com`);
  await dialog.getByLabel('Mobile phone').fill('+358 40 123 4567');
  await dialog.getByLabel('Role').selectOption({ label: role.name });
  await dialog.getByRole('checkbox', { name: christmas.name }).check();
  await dialog.getByRole('checkbox', { name: newsletter.name }).check();
  await dialog.getByLabel('Address').selectOption({ label: 'Karaportti 3, Espoo' });
  await dialog.getByLabel('Language').fill('fi');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  const name = `Anna Virtanen${token}`;
  const row = table.getByRole('row', { name: new RegExp(name) });
  await expect(row).toContainText('CFO');
  await expect(row).toContainText(role.name);
  await expect(row.getByRole('listitem')).toHaveText([christmas.name, newsletter.name]);
  await expect(row.getByRole('link', { name: `anna.${token}@example.com` })).toHaveAttribute(
    'href',
    `mailto:anna.${token}@example.com`,
  );
  await expect(row).toContainText('+358 40 123 4567');
  await expect(row).toContainText('Karaportti 3, Espoo');

  // Search narrows the list on the server.
  await contacts.getByRole('searchbox', { name: 'Search contacts' }).fill(`virtanen${token}`);
  await expect(table.getByRole('row')).toHaveCount(2);
  await contacts.getByRole('searchbox', { name: 'Search contacts' }).fill('');
  await expect(table.getByRole('row')).toHaveCount(3);

  // Inactivate: hidden from the list, until "Show inactive".
  await page.getByRole('button', { name: `Actions for ${name}` }).click();
  await page.getByRole('menuitem', { name: 'Inactivate' }).click();
  await expect(row).toBeHidden();
  await expect(table.getByRole('row')).toHaveCount(2);
  await contacts.getByRole('checkbox', { name: 'Show inactive' }).check();
  await expect(row).toBeVisible();
  await expect(row).toHaveClass(/row--inactive/);
  await expect(row).toContainText('Inactive');

  await page.getByRole('button', { name: `Actions for ${name}` }).click();
  await page.getByRole('menuitem', { name: 'Reactivate' }).click();
  await expect(row).not.toContainText('Inactive');
  await contacts.getByRole('checkbox', { name: 'Show inactive' }).uncheck();
  await expect(row).toBeVisible();

  // Its vCard downloads.
  await page.getByRole('button', { name: `Actions for ${name}` }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Download vCard' }).click();
  const vcard = readFileSync(await (await downloading).path(), 'utf8');
  expect(vcard).toContain('BEGIN:VCARD');
  expect(vcard).toContain(`FN:${name}`);

  // Delete asks first; Cancel keeps it.
  await page.getByRole('button', { name: `Actions for ${name}` }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  const confirm = page.getByRole('alertdialog', { name: `Delete ${name}?` });
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(row).toBeVisible();
  await page.getByRole('button', { name: `Actions for ${name}` }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(confirm).toBeHidden();
  await expect(row).toBeHidden();
  await contacts.getByRole('checkbox', { name: 'Show inactive' }).check();
  await expect(table.getByRole('row')).toHaveCount(2);
});

test('edits a contact: a disabled keyword it has stays shown and can be removed', async ({
  page,
  api,
  signIn,
}) => {
  const token = uniqueToken();
  const customer = await customerBuilder().create(api);
  const retired = await api.createListItem('keywords', `Retired ${token}`);
  const contact = await contactBuilder()
    .firstName('Eero')
    .lastName(`Keyword${token}`)
    .keywords([retired.id])
    .create(api, customer.id);
  await api.updateListItem('keywords', retired, { isActive: false });

  await signIn(page, users.admin);
  await page.goto(`/customers/${customer.id}/contacts`);
  await page.getByRole('button', { name: `Actions for ${contact.name}` }).click();
  await page.getByRole('menuitem', { name: 'Edit' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit contact' });
  const keyword = dialog.getByRole('checkbox', { name: `${retired.name} (disabled)` });
  await expect(keyword).toBeChecked();
  await dialog.getByLabel('Title').fill('CTO');
  await keyword.uncheck();
  await expect(keyword).toBeDisabled();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  const saved = await api.getContact(contact.id);
  expect(saved.keywordIds).toEqual([]);
  await expect(page.getByRole('row', { name: new RegExp(contact.name) })).toContainText('CTO');
});

test('saving a contact someone else changed shows both values and keeps the typed ones', async ({
  page,
  api,
  signIn,
}) => {
  const customer = await customerBuilder().create(api);
  const contact = await contactBuilder().firstName('Stale').create(api, customer.id);
  await signIn(page, users.admin);
  await page.goto(`/customers/${customer.id}/contacts`);
  await page.getByRole('button', { name: `Actions for ${contact.name}` }).click();
  await page.getByRole('menuitem', { name: 'Edit' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit contact' });
  await dialog.getByLabel('Title').fill('Head of Sales');

  const token = await csrfTokenOf(page.request);
  const other = await page.request.patch(`/api/v1/contacts/${contact.id}`, {
    headers: { 'X-CSRF-Token': token },
    data: { version: contact.version, title: 'CEO', email: 'stale@example.com' },
  });
  expect(other.status()).toBe(200);

  await dialog.getByRole('button', { name: 'Save' }).click();
  const conflict = dialog
    .getByRole('alert')
    .filter({ hasText: 'Someone else changed this contact' });
  await expect(conflict.getByRole('row', { name: /Title/ })).toContainText('Head of Sales');
  await expect(conflict.getByRole('row', { name: /Title/ })).toContainText('CEO');
  await conflict.getByRole('button', { name: 'Load their version and keep my changes' }).click();
  await expect(dialog.getByLabel('Title')).toHaveValue('Head of Sales');
  await expect(dialog.getByLabel('Email')).toHaveValue('stale@example.com');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByRole('row', { name: new RegExp(contact.name) });
  await expect(row).toContainText('Head of Sales');
  await expect(row).toContainText('stale@example.com');
});
