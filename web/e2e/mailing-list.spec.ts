import { readFileSync } from 'node:fs';
import { contactBuilder, customerBuilder, uniqueToken } from './support/builders';
import { expect, test } from './support/fixtures';
import { users } from './support/users';

test('exports the keyword mailing list as CSV', async ({ page, api, signIn }) => {
  const token = uniqueToken();
  const keyword = await api.createListItem('keywords', `Christmas card ${token}`);
  const other = await api.createListItem('keywords', `Other ${token}`);
  const role = await api.createListItem('contact-roles', `Buyer ${token}`);
  const first = await customerBuilder().name(`Alpha ${token} Oy`).create(api);
  const second = await customerBuilder().name(`Beta ${token} Ab`).create(api);
  await contactBuilder()
    .firstName('Anna')
    .lastName(`Mail${token}`)
    .email(`anna.${token}@example.com`)
    .role(role.id)
    .keywords([keyword.id, other.id])
    .create(api, first.id);
  await contactBuilder()
    .firstName('Bo')
    .lastName(`Mail${token}`)
    .email(`bo.${token}@example.com`)
    .keywords([keyword.id])
    .create(api, second.id);
  // Neither of these is on the list: one lacks the keyword, the other is inactive.
  await contactBuilder().firstName('Cecilia').keywords([other.id]).create(api, first.id);
  const inactive = await contactBuilder()
    .firstName('Dan')
    .keywords([keyword.id])
    .create(api, second.id);
  await api.inactivateContact(inactive);

  await signIn(page, users.consultant);
  await page.goto(`/customers/${first.id}/contacts`);
  await page.getByRole('link', { name: 'Mailing lists' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mailing lists' })).toBeVisible();
  await page.getByLabel('Keyword').selectOption({ label: keyword.name });

  const table = page.getByRole('table', { name: `Contacts with the keyword ${keyword.name}` });
  await expect(table.getByRole('row')).toHaveCount(3);
  const anna = table.getByRole('row', { name: new RegExp(`Anna Mail${token}`) });
  await expect(anna).toContainText(`anna.${token}@example.com`);
  await expect(anna.getByRole('link', { name: first.name })).toBeVisible();
  await expect(anna).toContainText(role.name);
  await expect(anna.getByRole('listitem')).toHaveText([keyword.name, other.name]);
  await expect(table.getByRole('row', { name: /Bo Mail/ })).toContainText(second.name);

  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Export CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  // RFC 4180: CRLF line ends; the keywords cell holds a comma, so it is quoted.
  const lines = readFileSync(await download.path(), 'utf8')
    .split('\r\n')
    .filter(Boolean);
  expect(lines[0]).toBe('name,email,customer,role,keywords');
  expect(lines.slice(1).sort()).toEqual(
    [
      `Anna Mail${token},anna.${token}@example.com,${first.name},${role.name},"${keyword.name}, ${other.name}"`,
      `Bo Mail${token},bo.${token}@example.com,${second.name},,${keyword.name}`,
    ].sort(),
  );
});
