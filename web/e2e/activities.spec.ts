import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import {
  activityBuilder,
  contactBuilder,
  customerBuilder,
  projectBuilder,
  uniqueToken,
} from './support/builders';
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

/** The Activities section of a card and its two lists. */
function activitiesOf(page: Page) {
  const section = page.getByRole('region', { name: 'Activities', exact: true });
  return {
    section,
    planned: section.getByRole('region', { name: 'Planned', exact: true }),
    past: section.getByRole('region', { name: 'Past', exact: true }),
  };
}

test('adds a to-do and a calendar entry from the card, marks the to-do done and reopens it', async ({
  page,
  api,
  signIn,
}) => {
  const customer = await customerBuilder().create(api);
  const contact = await contactBuilder().firstName('Liisa').create(api, customer.id);
  const todo = `Call Liisa ${uniqueToken()}`;
  const meeting = `Steering group ${uniqueToken()}`;
  await signIn(page, users.manager);
  await page.goto(`/customers/${customer.id}/contacts`);
  const { section, planned, past } = activitiesOf(page);
  await expect(planned.getByText('Nothing planned')).toBeVisible();

  await section.getByRole('button', { name: 'Add to-do' }).click();
  const todoDialog = page.getByRole('dialog', { name: 'Add to-do' });
  await expect(todoDialog.getByLabel('Type', { exact: true })).toHaveValue(/\d+/);
  await todoDialog.getByRole('textbox', { name: 'Name', exact: true }).fill(todo);
  await todoDialog.getByLabel('Due date').fill('2027-01-15');
  await todoDialog.getByLabel('Due time').fill('14:30');
  await todoDialog.getByRole('checkbox', { name: contact.name }).check();
  await todoDialog.getByRole('button', { name: 'Add to-do' }).click();
  await expect(todoDialog).toBeHidden();
  const todoRow = planned.getByRole('row', { name: new RegExp(todo) });
  await expect(todoRow).toContainText('Due 15 Jan 2027, 14:30');
  await expect(todoRow).toContainText(contact.name);
  await expect(todoRow).toContainText(users.manager.name);

  await section.getByRole('button', { name: 'Add calendar entry' }).click();
  const entryDialog = page.getByRole('dialog', { name: 'Add calendar entry' });
  await entryDialog.getByLabel('Type', { exact: true }).selectOption({ label: 'Meeting' });
  await entryDialog.getByRole('textbox', { name: 'Name', exact: true }).fill(meeting);
  await entryDialog.getByLabel('Start date').fill('2027-01-20');
  await entryDialog.getByLabel('Start time').fill('10:00');
  await entryDialog.getByLabel('End date').fill('2027-01-20');
  await entryDialog.getByLabel('End time').fill('09:00');
  await entryDialog.getByLabel('Location').fill('Helsinki office');
  await entryDialog.getByRole('button', { name: 'Add calendar entry' }).click();
  // Checked in the browser before anything is sent.
  await expect(entryDialog.getByText('The end is before the start.')).toBeVisible();
  await expect(entryDialog.getByLabel('End date')).toBeFocused();
  await entryDialog.getByLabel('End time').fill('11:30');
  await entryDialog.getByRole('checkbox', { name: users.consultant.name }).check();
  await entryDialog.getByRole('button', { name: 'Add calendar entry' }).click();
  await expect(entryDialog).toBeHidden();
  const meetingRow = planned.getByRole('row', { name: new RegExp(meeting) });
  await expect(meetingRow).toContainText('Meeting');
  await expect(meetingRow).toContainText('Helsinki office');
  await expect(meetingRow).toContainText(/20 Jan 2027, 10:00\s?–\s?11:30/);
  await expect(meetingRow).toContainText(users.consultant.name);
  // Planned by date: the to-do (15 Jan) before the meeting (20 Jan).
  await expect(planned.getByRole('row').nth(1)).toContainText(todo);

  await planned.getByRole('checkbox', { name: `Done: ${todo}` }).click();
  const doneRow = past.getByRole('row', { name: new RegExp(todo) });
  await expect(doneRow.getByRole('checkbox', { name: `Done: ${todo}` })).toBeChecked();
  await expect(planned.getByRole('row', { name: new RegExp(todo) })).toHaveCount(0);

  // The server kept it: after a reload it is still in Past.
  await page.reload();
  await expect(doneRow).toBeVisible();
  await doneRow.getByRole('checkbox', { name: `Done: ${todo}` }).click();
  await expect(planned.getByRole('row', { name: new RegExp(todo) })).toBeVisible();
  await expect(past.getByText('No past activities')).toBeVisible();
});

test('edits an activity, and deletes one after confirming', async ({ page, api, signIn }) => {
  const customer = await customerBuilder().create(api);
  const activity = await activityBuilder('todo')
    .due('2027-02-01T10:00:00Z')
    .create(api, customer.id);
  await signIn(page, users.manager);
  await page.goto(`/customers/${customer.id}/contacts`);
  const { planned } = activitiesOf(page);

  await planned.getByRole('button', { name: `Actions for ${activity.name}` }).click();
  await page.getByRole('menuitem', { name: 'Edit' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit to-do' });
  await expect(dialog.getByLabel('Due time')).toHaveValue('12:00');
  const renamed = `${activity.name} renamed`;
  await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill(renamed);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(planned.getByRole('row', { name: new RegExp(renamed) })).toBeVisible();

  await planned.getByRole('button', { name: `Actions for ${renamed}` }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  const confirm = page.getByRole('alertdialog', { name: `Delete ${renamed}?` });
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(confirm).toBeHidden();
  await expect(planned.getByText('Nothing planned')).toBeVisible();
});

test("a save over someone else's change offers their version and keeps mine", async ({
  page,
  api,
  signIn,
}) => {
  const customer = await customerBuilder().create(api);
  const activity = await activityBuilder('todo').create(api, customer.id);
  await signIn(page, users.manager);
  await page.goto(`/customers/${customer.id}/contacts`);
  const { planned } = activitiesOf(page);
  await planned.getByRole('button', { name: `Actions for ${activity.name}` }).click();
  await page.getByRole('menuitem', { name: 'Edit' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit to-do' });
  await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill(`${activity.name} mine`);

  // Meanwhile someone else gives it a description.
  await api.updateActivity(activity, { description: 'Theirs' });
  await dialog.getByRole('button', { name: 'Save' }).click();
  const conflict = dialog
    .getByRole('alert')
    .filter({ hasText: 'Someone else changed this activity' });
  await expect(conflict).toContainText(`${activity.name} mine`);
  await conflict.getByRole('button', { name: 'Load their version and keep my changes' }).click();
  await expect(dialog.getByLabel('Description')).toHaveValue('Theirs');
  await expect(dialog.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue(
    `${activity.name} mine`,
  );
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    planned.getByRole('row', { name: new RegExp(`${activity.name} mine`) }),
  ).toBeVisible();
});

test('marking done rolls back with a message when the server refuses', async ({
  page,
  api,
  signIn,
}) => {
  const customer = await customerBuilder().create(api);
  const activity = await activityBuilder('todo').create(api, customer.id);
  await signIn(page, users.manager);
  await page.goto(`/customers/${customer.id}/contacts`);
  const { planned, past } = activitiesOf(page);
  const checkbox = planned.getByRole('checkbox', { name: `Done: ${activity.name}` });
  await expect(checkbox).not.toBeChecked();

  // Someone else changes it first: the click carries a stale version (409).
  await api.updateActivity(activity, { description: 'Changed meanwhile' });
  await checkbox.click();
  const toasts = page.getByRole('region', { name: /Notifications/ });
  await expect(toasts.getByText(`${activity.name} could not be marked done`)).toBeVisible();
  await expect(checkbox).not.toBeChecked();
  await expect(planned.getByRole('row', { name: new RegExp(activity.name) })).toBeVisible();
  await expect(past.getByRole('row', { name: new RegExp(activity.name) })).toHaveCount(0);
});

test('each list pages with "Load more" in its own order', async ({ page, api, signIn }) => {
  const customer = await customerBuilder().create(api);
  const token = uniqueToken();
  // 21 planned to-dos, one a day: a page holds 20, the latest comes with "Load more".
  for (let day = 1; day <= 21; day += 1) {
    const date = `2027-06-${String(day).padStart(2, '0')}T09:00:00Z`;
    await activityBuilder('todo').name(`Step ${day} ${token}`).due(date).create(api, customer.id);
  }
  await signIn(page, users.manager);
  await page.goto(`/customers/${customer.id}/contacts`);
  const { planned } = activitiesOf(page);
  await expect(planned.getByRole('row', { name: new RegExp(`Step 20 ${token}`) })).toBeVisible();
  await expect(planned.getByRole('row', { name: new RegExp(`Step 21 ${token}`) })).toHaveCount(0);
  await expect(planned.getByRole('row').nth(1)).toContainText(`Step 1 ${token}`);
  await planned.getByRole('button', { name: 'Load more' }).click();
  await expect(planned.getByRole('row').last()).toContainText(`Step 21 ${token}`);
  await expect(planned.getByRole('button', { name: 'Load more' })).toHaveCount(0);
});

test('an activity of a project shows on the project card and on the customer card with the project link', async ({
  page,
  api,
  signIn,
}) => {
  const customer = await customerBuilder().create(api);
  const project = await projectBuilder(customer.id).name(`ERP ${uniqueToken()}`).open().create(api);
  const activity = await activityBuilder('calendar')
    .between('2027-03-02T08:00:00Z', '2027-03-02T09:00:00Z')
    .project(project.id)
    .create(api, customer.id);
  const other = await activityBuilder('todo').create(api, customer.id);
  await signIn(page, users.manager);

  await page.goto(`/projects/${project.id}`);
  const onProject = activitiesOf(page);
  await expect(
    onProject.planned.getByRole('row', { name: new RegExp(activity.name) }),
  ).toBeVisible();
  // Only the project's own activities, and no project column there.
  await expect(onProject.planned.getByRole('row', { name: new RegExp(other.name) })).toHaveCount(0);
  await expect(onProject.planned.getByRole('columnheader', { name: 'Project' })).toHaveCount(0);

  // Added on the project card, it belongs to the project.
  const added = `Kick-off ${uniqueToken()}`;
  await onProject.section.getByRole('button', { name: 'Add to-do' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add to-do' });
  await expect(dialog.getByLabel('Project')).toHaveCount(0);
  await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill(added);
  await dialog.getByRole('button', { name: 'Add to-do' }).click();
  await expect(onProject.planned.getByRole('row', { name: new RegExp(added) })).toBeVisible();

  await page.goto(`/customers/${customer.id}/contacts`);
  const { planned } = activitiesOf(page);
  const row = planned.getByRole('row', { name: new RegExp(activity.name) });
  const link = row.getByRole('link', { name: new RegExp(project.name) });
  await expect(link).toHaveAttribute('href', `/projects/${project.id}`);
  await expect(planned.getByRole('row', { name: new RegExp(added) })).toContainText(project.name);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/projects/${project.id}$`));
  await expect(
    page.getByRole('heading', { level: 1, name: new RegExp(project.name) }),
  ).toBeVisible();
});

test('a deleted contact stays on the activity as "Deleted contact"', async ({
  page,
  api,
  signIn,
}) => {
  const customer = await customerBuilder().create(api);
  const kept = await contactBuilder().firstName('Kaisa').create(api, customer.id);
  const gone = await contactBuilder().firstName('Ville').create(api, customer.id);
  const activity = await activityBuilder('todo')
    .participants([
      { type: 'contact', id: kept.id },
      { type: 'contact', id: gone.id },
    ])
    .create(api, customer.id);
  await api.deleteContact(gone.id);
  await signIn(page, users.manager);
  await page.goto(`/customers/${customer.id}/contacts`);
  const row = activitiesOf(page).planned.getByRole('row', { name: new RegExp(activity.name) });
  await expect(row).toContainText(kept.name);
  await expect(row).toContainText('Deleted contact');
  await expect(row).not.toContainText(gone.name);
});

test('a read-only user sees the activities without edit controls', async ({
  page,
  api,
  signIn,
}) => {
  const customer = await customerBuilder().create(api);
  const activity = await activityBuilder('todo').create(api, customer.id);
  await signIn(page, users.readOnly);
  await page.goto(`/customers/${customer.id}/contacts`);
  const { section, planned } = activitiesOf(page);
  await expect(planned.getByRole('row', { name: new RegExp(activity.name) })).toBeVisible();
  await expect(section.getByRole('button', { name: 'Add to-do' })).toHaveCount(0);
  await expect(section.getByRole('button', { name: 'Add calendar entry' })).toHaveCount(0);
  await expect(section.getByRole('button', { name: `Actions for ${activity.name}` })).toHaveCount(
    0,
  );
  await expect(planned.getByRole('checkbox', { name: `Done: ${activity.name}` })).toBeDisabled();
});

test('activity types: create, rename, disable, and delete only an unused one', async ({
  page,
  api,
  signIn,
}) => {
  const name = `Workshop ${uniqueToken()}`;
  const customer = await customerBuilder().create(api);
  await signIn(page, users.admin);
  await page.goto('/settings');
  await page
    .getByRole('navigation', { name: 'Settings sections' })
    .getByRole('link', { name: 'Activity types' })
    .click();
  await expect(page).toHaveURL(/\/settings\/activity-types$/);
  const table = page.getByRole('table', { name: 'Activity types' });
  await expect(table.getByRole('row', { name: /Meeting/ })).toContainText('Calendar entry');

  const form = page.getByRole('form', { name: 'New activity type' });
  await form.getByLabel('Kind').selectOption({ label: 'Calendar entry' });
  await form.getByLabel('New name').fill(name);
  await form.getByRole('button', { name: 'Add' }).click();
  const row = table.getByRole('row', { name: new RegExp(name) });
  await expect(row).toContainText('Calendar entry');
  await expect(row).toContainText('Active');

  // The same name again for the same kind is refused at the field.
  await form.getByLabel('Kind').selectOption({ label: 'Calendar entry' });
  await form.getByLabel('New name').fill(name);
  await form.getByRole('button', { name: 'Add' }).click();
  await expect(form.getByLabel('New name')).toHaveAttribute('aria-invalid', 'true');

  await page.getByRole('button', { name: `Actions for ${name}` }).click();
  await page.getByRole('menuitem', { name: 'Rename' }).click();
  const rename = page.getByRole('dialog', { name: `Rename ${name}` });
  await rename.getByLabel('Name').fill(`${name} 2`);
  await rename.getByRole('button', { name: 'Save' }).click();
  const renamed = table.getByRole('row', { name: new RegExp(`${name} 2`) });
  await expect(renamed).toBeVisible();

  // Used by an activity: deleting is refused with the advice to disable it.
  await activityBuilder('calendar')
    .typeNamed(`${name} 2`)
    .between('2027-04-01T08:00:00Z', '2027-04-01T09:00:00Z')
    .create(api, customer.id);
  await page.reload();
  await expect(renamed.getByRole('cell', { name: '1', exact: true })).toBeVisible();
  await page.getByRole('button', { name: `Actions for ${name} 2` }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  const confirm = page.getByRole('alertdialog');
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(confirm.getByRole('alert')).toContainText('Disable it instead');
  await confirm.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: `Actions for ${name} 2` }).click();
  await page.getByRole('menuitem', { name: 'Disable' }).click();
  await expect(renamed).toContainText('Disabled');

  // An unused one goes.
  const unused = `Unused ${uniqueToken()}`;
  await form.getByLabel('New name').fill(unused);
  await form.getByRole('button', { name: 'Add' }).click();
  await expect(table.getByRole('row', { name: new RegExp(unused) })).toBeVisible();
  await page.getByRole('button', { name: `Actions for ${unused}` }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
  await expect(table.getByRole('row', { name: new RegExp(unused) })).toHaveCount(0);
});

test('the calendar feed: create, subscribe, regenerate and revoke', async ({
  page,
  api,
  signIn,
  request,
}) => {
  const customer = await customerBuilder().create(api);
  const consultant = await api.userByEmail(users.consultant.email);
  const activity = await activityBuilder('calendar')
    .name(`Feed meeting ${uniqueToken()}`)
    .between('2027-01-12T08:00:00Z', '2027-01-12T09:00:00Z')
    .owner(consultant.id)
    .create(api, customer.id);
  await signIn(page, users.consultant);
  await page.goto('/customers');
  await page.getByRole('link', { name: 'Calendar feed' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Calendar feed' })).toBeVisible();
  await expect(page.getByText('You have no subscription URL.')).toBeVisible();
  await expect(page.getByText('Google Calendar', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Create subscription URL' }).click();
  const field = page.getByLabel('Your subscription URL');
  await expect(field).toHaveValue(/\/calendar\/.+\.ics$/);
  await expect(page.getByRole('button', { name: 'Copy' })).toBeVisible();
  await expect(page.getByText(/A subscription URL is active/)).toBeVisible();
  const url = await field.inputValue();

  // The URL is the credential: no session needed.
  const feed = await request.get(url);
  expect(feed.status()).toBe(200);
  expect(feed.headers()['content-type']).toContain('text/calendar');
  const body = await feed.text();
  expect(body.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(body).toContain(`SUMMARY:${activity.name}`);

  // Regenerating warns, and the old URL stops working.
  await page.getByRole('button', { name: 'Regenerate' }).click();
  const regenerate = page.getByRole('alertdialog', { name: 'Regenerate the subscription URL?' });
  await expect(regenerate).toContainText('the old one stops working');
  await regenerate.getByRole('button', { name: 'Regenerate' }).click();
  await expect(field).not.toHaveValue(url);
  const newUrl = await field.inputValue();
  expect((await request.get(url)).status()).toBe(404);
  expect((await request.get(newUrl)).status()).toBe(200);

  await page.getByRole('button', { name: 'Revoke' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Revoke' }).click();
  await expect(page.getByText('You have no subscription URL.')).toBeVisible();
  await expect(field).toHaveCount(0);
  expect((await request.get(newUrl)).status()).toBe(404);
});

test('the activities section, its dialog and the settings page pass axe', async ({
  page,
  api,
  signIn,
}) => {
  const customer = await customerBuilder().create(api);
  const contact = await contactBuilder().create(api, customer.id);
  const project = await projectBuilder(customer.id).open().create(api);
  const gone = await contactBuilder().create(api, customer.id);
  await activityBuilder('todo').due('2026-01-05T10:00:00Z').create(api, customer.id); // overdue
  await activityBuilder('calendar')
    .between('2027-05-04T00:00:00Z', '2027-05-05T00:00:00Z', true)
    .project(project.id)
    .participants([
      { type: 'contact', id: contact.id },
      { type: 'contact', id: gone.id },
    ])
    .create(api, customer.id);
  await api.deleteContact(gone.id);
  await signIn(page, users.admin);
  await page.goto(`/customers/${customer.id}/contacts`);
  const { section, planned } = activitiesOf(page);
  await expect(planned.getByText('Overdue')).toBeVisible();
  await expect(planned.getByText('Deleted contact')).toBeVisible();
  await expect(planned).toContainText(/4\s?–\s?5 May 2027 \(all day\)/);
  expect(await seriousViolations(page)).toEqual([]);

  await section.getByRole('button', { name: 'Add calendar entry' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add calendar entry' });
  await expect(dialog.getByRole('checkbox', { name: contact.name })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await dialog.getByRole('checkbox', { name: 'All day' }).check();
  await expect(dialog.getByLabel('Start time')).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await page.goto(`/projects/${project.id}`);
  await expect(activitiesOf(page).planned.getByRole('row')).toHaveCount(2);
  expect(await seriousViolations(page)).toEqual([]);

  await page.goto('/settings/activity-types');
  await expect(page.getByRole('table', { name: 'Activity types' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto('/me/calendar');
  await expect(page.getByRole('heading', { level: 1, name: 'Calendar feed' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
