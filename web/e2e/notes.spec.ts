import type { Locator, Page } from '@playwright/test';
import { seriousViolations } from './support/axe-check';
import { customerBuilder, projectBuilder, uniqueToken } from './support/builders';
import { expect, test } from './support/fixtures';
import { users } from './support/users';

function notesOf(page: Page): Locator {
  return page.getByRole('region', { name: 'Notes' });
}

function noteItem(notes: Locator, text: string): Locator {
  return notes.getByRole('listitem').filter({ hasText: text });
}

/** The note's text as shown, line breaks included. */
function shownText(item: Locator): Promise<string> {
  return item
    .getByRole('article')
    .locator('p')
    .first()
    .evaluate((element) => {
      return (element as HTMLElement).innerText;
    });
}

test('quick entry: Add more keeps the box empty and focused, Ctrl+Enter saves too', async ({
  page,
  api,
  signIn,
}) => {
  const customer = await customerBuilder().create(api);
  await signIn(page, users.admin);
  await page.goto(`/customers/${customer.id}/contacts`);
  const notes = notesOf(page);
  const box = notes.getByLabel('New note');

  await box.fill('Called the CEO\nShe asks for an offer by Friday');
  await notes.getByRole('button', { name: 'Add more' }).click();
  await expect(noteItem(notes, 'Called the CEO')).toBeVisible();
  await expect(box).toHaveValue('');
  await expect(box).toBeFocused();
  expect(await shownText(noteItem(notes, 'Called the CEO'))).toBe(
    'Called the CEO\nShe asks for an offer by Friday',
  );

  await box.pressSequentially('<b>Not bold</b> & <script>alert(1)</script>');
  await box.press('Control+Enter');
  const markup = noteItem(notes, '<b>Not bold</b>');
  await expect(markup).toBeVisible();
  await expect(box).toHaveValue('');
  await expect(box).toBeFocused();
  expect(await shownText(markup)).toBe('<b>Not bold</b> & <script>alert(1)</script>');
  await expect(markup.locator('b')).toHaveCount(0);

  await box.fill('Third, saved with Save');
  await notes.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(noteItem(notes, 'Third, saved with Save').getByRole('article')).toBeFocused();

  // Newest first, each with its author and time.
  const items = notes.getByRole('list', { name: 'Notes, newest first' }).getByRole('listitem');
  await expect(items).toHaveCount(3);
  await expect(items.nth(0)).toContainText('Third, saved with Save');
  await expect(items.nth(2)).toContainText('Called the CEO');
  await expect(items.nth(0)).toContainText(users.admin.name);
  await expect(items.nth(0)).toContainText('now');

  // An empty note is refused at the box, without asking the server.
  await notes.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(notes.getByText('Write something first.')).toBeVisible();
  expect(await api.notes(`customers/${customer.id}`)).toHaveLength(3);
});

test('a long note shows the counter and the server refusal at the box', async ({
  page,
  api,
  signIn,
}) => {
  const customer = await customerBuilder().create(api);
  await signIn(page, users.admin);
  await page.goto(`/customers/${customer.id}/contacts`);
  const notes = notesOf(page);
  const box = notes.getByLabel('New note');
  await box.fill('a'.repeat(9_500));
  await expect(notes.getByText('9,500 / 10,000 characters')).toBeVisible();
  // A control character other than line breaks and tabs: only the server refuses it.
  await box.fill('Bell \u0007 character');
  await notes.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(box).toHaveAttribute('aria-invalid', 'true');
  await expect(notes.locator('.field__error')).toBeVisible();
  await expect(box).toHaveValue('Bell \u0007 character');
});

test('a project note shows on the project card and on the customer card with its project', async ({
  page,
  api,
  signIn,
}) => {
  const customer = await customerBuilder().create(api);
  const project = await projectBuilder(customer.id).name(`ERP ${uniqueToken()}`).open().create(api);
  await api.createNote(`customers/${customer.id}`, 'Only about the customer');
  await signIn(page, users.admin);

  await page.goto(`/projects/${project.id}`);
  await expect(page.getByRole('heading', { level: 1, name: project.name })).toBeVisible();
  const projectNotes = notesOf(page);
  await projectNotes.getByLabel('New note').fill('Kick-off booked for Monday');
  await projectNotes.getByRole('button', { name: 'Add more' }).click();
  await expect(noteItem(projectNotes, 'Kick-off booked for Monday')).toBeVisible();
  await expect(projectNotes.getByText('Only about the customer')).toHaveCount(0);

  await page.goto(`/customers/${customer.id}/contacts`);
  const customerNotes = notesOf(page);
  const projectNote = noteItem(customerNotes, 'Kick-off booked for Monday');
  await expect(noteItem(customerNotes, 'Only about the customer')).toBeVisible();
  await expect(noteItem(customerNotes, 'Only about the customer').getByRole('link')).toHaveCount(0);
  const link = projectNote.getByRole('link', { name: `Project ${project.number} ${project.name}` });
  await expect(link).toHaveAttribute('href', `/projects/${project.id}`);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/projects/${project.id}$`));
});

test('authors edit and delete their notes; others only as their role allows', async ({
  page,
  browser,
  baseURL,
  api,
  signIn,
}) => {
  const customer = await customerBuilder().create(api);
  await api.createNote(`customers/${customer.id}`, 'Draft of the offer');
  await api.createNote(`customers/${customer.id}`, 'Remove me later');
  await signIn(page, users.admin);
  await page.goto(`/customers/${customer.id}/contacts`);
  const notes = notesOf(page);

  await noteItem(notes, 'Draft of the offer').getByRole('button', { name: 'Edit note' }).click();
  const editor = notes.getByRole('form', { name: 'Edit note' });
  await expect(editor.getByLabel('Note text')).toBeFocused();
  await editor.getByLabel('Note text').fill('Offer sent\nwith a 5 % discount');
  await editor.getByRole('button', { name: 'Save', exact: true }).click();
  const sent = noteItem(notes, 'Offer sent');
  await expect(sent).toContainText(`edited by ${users.admin.name}`);
  expect(await shownText(sent)).toBe('Offer sent\nwith a 5 % discount');
  await expect(sent.getByRole('button', { name: 'Edit note' })).toBeFocused();

  await noteItem(notes, 'Remove me later').getByRole('button', { name: 'Delete note' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete this note?' });
  await expect(confirm).toContainText('Remove me later');
  await confirm.getByRole('button', { name: 'Delete note' }).click();
  await expect(noteItem(notes, 'Remove me later')).toHaveCount(0);
  expect((await api.notes(`customers/${customer.id}`)).map((n) => n.text)).toEqual([
    'Offer sent\nwith a 5 % discount',
  ]);

  // The manager edits all customers: deletes anyone's note, edits only their own.
  const manager = await browser.newContext({ baseURL });
  const managerPage = await manager.newPage();
  await signIn(managerPage, users.manager);
  await managerPage.goto(`/customers/${customer.id}/contacts`);
  const managerSees = noteItem(notesOf(managerPage), 'Offer sent');
  await expect(managerSees).toBeVisible();
  await expect(managerSees.getByRole('button', { name: 'Delete note' })).toBeVisible();
  await expect(managerSees.getByRole('button', { name: 'Edit note' })).toHaveCount(0);
  await manager.close();

  // A consultant may not change someone else's customer: no box, no controls.
  const consultant = await browser.newContext({ baseURL });
  const consultantPage = await consultant.newPage();
  await signIn(consultantPage, users.consultant);
  await consultantPage.goto(`/customers/${customer.id}/contacts`);
  const consultantNotes = notesOf(consultantPage);
  await expect(noteItem(consultantNotes, 'Offer sent')).toBeVisible();
  await expect(consultantNotes.getByLabel('New note')).toHaveCount(0);
  await expect(consultantNotes.getByRole('button')).toHaveCount(0);
  await consultant.close();
});

test('a stale edit shows their version and keeps what the user typed', async ({
  page,
  api,
  signIn,
}) => {
  const customer = await customerBuilder().create(api);
  const note = await api.createNote(`customers/${customer.id}`, 'Budget 10 k€');
  await signIn(page, users.admin);
  await page.goto(`/customers/${customer.id}/contacts`);
  const notes = notesOf(page);
  await noteItem(notes, 'Budget 10 k€').getByRole('button', { name: 'Edit note' }).click();
  const editor = notes.getByRole('form', { name: 'Edit note' });
  await editor.getByLabel('Note text').fill('Budget 12 k€ (mine)');

  // Meanwhile the same author changes it elsewhere.
  await api.updateNote(note, 'Budget 15 k€ (theirs)');
  await editor.getByRole('button', { name: 'Save', exact: true }).click();

  const conflict = page.getByRole('alert').filter({ hasText: 'Someone else changed this note' });
  await expect(conflict).toBeVisible();
  await expect(conflict.getByRole('row', { name: /Note/ })).toContainText('Budget 12 k€ (mine)');
  await expect(conflict.getByRole('row', { name: /Note/ })).toContainText('Budget 15 k€ (theirs)');
  const reload = conflict.getByRole('button', { name: 'Load their version and keep my changes' });
  await expect(reload).toBeFocused();
  await reload.click();
  await expect(editor.getByLabel('Note text')).toHaveValue('Budget 12 k€ (mine)');
  await editor.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(noteItem(notes, 'Budget 12 k€ (mine)')).toBeVisible();
  expect((await api.notes(`customers/${customer.id}`))[0]?.text).toBe('Budget 12 k€ (mine)');
});

test('read-only users see the notes and no way to change them', async ({ page, api, signIn }) => {
  const customer = await customerBuilder().create(api);
  const project = await projectBuilder(customer.id).open().create(api);
  await api.createNote(`projects/${project.id}`, 'Visible to readers');
  await signIn(page, users.readOnly);
  for (const path of [`/customers/${customer.id}/contacts`, `/projects/${project.id}`]) {
    await page.goto(path);
    const notes = notesOf(page);
    await expect(noteItem(notes, 'Visible to readers')).toBeVisible();
    await expect(notes.getByLabel('New note')).toHaveCount(0);
    await expect(notes.getByRole('button')).toHaveCount(0);
  }
});

test('notes section, editor and delete dialog pass axe', async ({ page, api, signIn }) => {
  const customer = await customerBuilder().create(api);
  await api.createNote(`customers/${customer.id}`, 'Checked by axe');
  await signIn(page, users.admin);
  await page.goto(`/customers/${customer.id}/contacts`);
  const notes = notesOf(page);
  const item = noteItem(notes, 'Checked by axe');
  await expect(item).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await item.getByRole('button', { name: 'Edit note' }).click();
  const editor = notes.getByRole('form', { name: 'Edit note' });
  await expect(editor.getByLabel('Note text')).toBeFocused();
  expect(await seriousViolations(page)).toEqual([]);
  await editor.getByRole('button', { name: 'Cancel' }).click();

  await item.getByRole('button', { name: 'Delete note' }).click();
  await expect(page.getByRole('alertdialog')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
