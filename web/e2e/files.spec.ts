import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { seriousViolations } from './support/axe-check';
import {
  binaryBytes,
  customerBuilder,
  projectBuilder,
  tinyPng,
  uniqueToken,
} from './support/builders';
import { expect, test } from './support/fixtures';
import { users } from './support/users';

function sectionOf(page: Page): Locator {
  return page.getByRole('region', { name: 'Files & links' });
}

function fileRow(section: Locator, name: string): Locator {
  return section.getByRole('table', { name: 'Files' }).getByRole('row').filter({ hasText: name });
}

/** Drags files onto `target` as a browser does: dragenter, dragover, drop with a DataTransfer. */
async function dropFiles(
  page: Page,
  target: Locator,
  files: { name: string; type: string; bytes?: number[]; zeroes?: number }[],
) {
  const dataTransfer = await page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const file of list) {
      const content = file.bytes ? new Uint8Array(file.bytes) : new Uint8Array(file.zeroes ?? 0);
      transfer.items.add(new File([content], file.name, { type: file.type }));
    }
    return transfer;
  }, files);
  await target.dispatchEvent('dragenter', { dataTransfer });
  await expect(target.getByText('Drop files here to upload them')).toBeVisible();
  await target.dispatchEvent('dragover', { dataTransfer });
  await target.dispatchEvent('drop', { dataTransfer });
  await expect(target.getByText('Drop files here to upload them')).toHaveCount(0);
}

test('a file dropped on the section uploads with progress and downloads byte for byte', async ({
  page,
  api,
  signIn,
}) => {
  const customer = await customerBuilder().create(api);
  const bytes = binaryBytes(70_000);
  const name = `Tarjous Åäö ${uniqueToken()} 🚀.bin`;
  await signIn(page, users.admin);
  await page.goto(`/customers/${customer.id}/contacts`);
  const section = sectionOf(page);
  await expect(section.getByText('No files yet')).toBeVisible();

  await dropFiles(page, section, [{ name, type: 'application/octet-stream', bytes: [...bytes] }]);
  const upload = section.getByRole('list', { name: 'Uploads' }).getByRole('listitem');
  await expect(upload).toContainText(name);
  await expect(upload).toContainText('Uploaded');
  await expect(upload.getByRole('progressbar')).toHaveAttribute('value', '100');

  const row = fileRow(section, name);
  await expect(row).toContainText('68 KB');
  await expect(row).toContainText(users.admin.name);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    row.getByRole('link', { name: `Download ${name}` }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(name);
  const path = await download.path();
  const downloaded = await readFile(path);
  expect(downloaded.equals(bytes)).toBe(true);
  const [stored] = await api.files(`customers/${customer.id}`);
  expect(stored?.name).toBe(name);
});

test('files chosen with the button upload; an image previews in a dialog', async ({
  page,
  api,
  signIn,
}) => {
  const customer = await customerBuilder().create(api);
  await signIn(page, users.admin);
  await page.goto(`/customers/${customer.id}/contacts`);
  const section = sectionOf(page);

  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    section.getByRole('button', { name: 'Upload files' }).click(),
  ]);
  expect(chooser.isMultiple()).toBe(true);
  await chooser.setFiles([
    { name: 'logo.png', mimeType: 'image/png', buffer: tinyPng() },
    { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('plain text\n') },
  ]);
  await expect(fileRow(section, 'logo.png')).toBeVisible();
  await expect(fileRow(section, 'notes.txt')).toBeVisible();
  await expect(fileRow(section, 'notes.txt').getByRole('button', { name: /Preview/ })).toHaveCount(
    0,
  );

  await fileRow(section, 'logo.png').getByRole('button', { name: 'Preview logo.png' }).click();
  const dialog = page.getByRole('dialog', { name: 'Preview of logo.png' });
  const image = dialog.getByRole('img', { name: 'logo.png' });
  await expect(image).toBeVisible();
  await expect
    .poll(() => image.evaluate((element) => (element as HTMLImageElement).naturalWidth))
    .toBe(1);
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});

test('an upload over the limit says so at its file', async ({ page, api, signIn }) => {
  const customer = await customerBuilder().create(api);
  await signIn(page, users.admin);
  await page.goto(`/customers/${customer.id}/contacts`);
  const section = sectionOf(page);
  // The server's default limit is 25 MB; it refuses by Content-Length before reading the body.
  await dropFiles(page, section, [
    { name: 'too-big.bin', type: 'application/octet-stream', zeroes: 25 * 1024 * 1024 + 1 },
  ]);
  const upload = section.getByRole('list', { name: 'Uploads' }).getByRole('listitem');
  await expect(upload.getByRole('alert')).toHaveText('File is larger than 25 MB');
  expect(await api.files(`customers/${customer.id}`)).toHaveLength(0);
});

test('an upload in progress can be cancelled', async ({ page, api, signIn }) => {
  const customer = await customerBuilder().create(api);
  await signIn(page, users.admin);
  // The upload never gets an answer, so it is still on its way when the user cancels it.
  await page.route(
    (url) => url.pathname.endsWith('/files') && url.searchParams.has('name'),
    () => undefined,
  );
  await page.goto(`/customers/${customer.id}/contacts`);
  const section = sectionOf(page);
  await dropFiles(page, section, [
    { name: 'slow.bin', type: 'application/octet-stream', zeroes: 10 },
  ]);
  const upload = section.getByRole('list', { name: 'Uploads' }).getByRole('listitem');
  await upload.getByRole('button', { name: 'Cancel the upload of slow.bin' }).click();
  await expect(upload).toContainText('Upload cancelled');
  await expect(upload.getByRole('button', { name: 'Dismiss slow.bin' })).toBeVisible();
  expect(await api.files(`customers/${customer.id}`)).toHaveLength(0);
});

test('a PDF previews in a frame of its own content', async ({ page, api, signIn }) => {
  const customer = await customerBuilder().create(api);
  const pdf = Buffer.from(
    '%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  );
  await api.uploadFile(`customers/${customer.id}`, 'offer.pdf', pdf, 'application/pdf');
  await signIn(page, users.admin);
  await page.goto(`/customers/${customer.id}/contacts`);
  const section = sectionOf(page);
  await fileRow(section, 'offer.pdf').getByRole('button', { name: 'Preview offer.pdf' }).click();
  const dialog = page.getByRole('dialog', { name: 'Preview of offer.pdf' });
  await expect(dialog.locator('iframe[title="offer.pdf"]')).toHaveAttribute('src', /^blob:/);
  await expect(dialog.getByRole('link', { name: 'Download offer.pdf' })).toHaveAttribute(
    'href',
    /\/content\?download=1$/,
  );
  expect(await seriousViolations(page)).toEqual([]);
});

test('rename, describe and delete a file; a stale rename shows the conflict', async ({
  page,
  api,
  signIn,
}) => {
  const customer = await customerBuilder().create(api);
  const file = await api.uploadFile(
    `customers/${customer.id}`,
    'draft.txt',
    Buffer.from('x'),
    'text/plain',
  );
  await signIn(page, users.admin);
  await page.goto(`/customers/${customer.id}/contacts`);
  const section = sectionOf(page);

  await fileRow(section, 'draft.txt')
    .getByRole('button', { name: 'More actions for draft.txt' })
    .click();
  await page.getByRole('menuitem', { name: 'Rename or describe' }).click();
  const dialog = page.getByRole('dialog', { name: 'Rename or describe the file' });
  await dialog.getByLabel('File name').fill('offer.txt');
  await dialog.getByLabel('Description').fill('Signed by both');
  expect(await seriousViolations(page)).toEqual([]);
  await api.updateFile(file, { name: 'final.txt' });
  await dialog.getByRole('button', { name: 'Save' }).click();
  const conflict = dialog.getByRole('alert').filter({ hasText: 'Someone else changed this file' });
  await expect(conflict.getByRole('row', { name: /File name/ })).toContainText('final.txt');
  await conflict.getByRole('button', { name: 'Load their version and keep my changes' }).click();
  await expect(dialog.getByLabel('File name')).toHaveValue('offer.txt');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);
  const row = fileRow(section, 'offer.txt');
  await expect(row).toContainText('Signed by both');

  await row.getByRole('button', { name: 'More actions for offer.txt' }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete offer.txt?' });
  expect(await seriousViolations(page)).toEqual([]);
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(fileRow(section, 'offer.txt')).toHaveCount(0);
  await expect(section.getByText('No files yet')).toBeVisible();
});

test('links: a javascript: URL is refused at the field; links open in a new tab', async ({
  page,
  api,
  signIn,
}) => {
  const customer = await customerBuilder().create(api);
  await signIn(page, users.admin);
  await page.goto(`/customers/${customer.id}/contacts`);
  const section = sectionOf(page);

  await section.getByRole('button', { name: 'Add link' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add link' });
  expect(await seriousViolations(page)).toEqual([]);
  await dialog.getByLabel('URL').fill('javascript:alert(1)');
  await dialog.getByLabel('Title').fill('Project wiki');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByLabel('URL')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.locator('.field__error')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await dialog.getByLabel('URL').fill('https://wiki.example.com/erp');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);
  const links = section.getByRole('list', { name: 'Links' });
  const link = links.getByRole('link', { name: /Project wiki/ });
  await expect(link).toHaveAttribute('href', 'https://wiki.example.com/erp');
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');

  await links.getByRole('button', { name: 'More actions for Project wiki' }).click();
  await page.getByRole('menuitem', { name: 'Edit' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit link' });
  await edit.getByLabel('Title').fill('ERP wiki');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(links.getByRole('link', { name: /ERP wiki/ })).toBeVisible();

  await links.getByRole('button', { name: 'More actions for ERP wiki' }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
  await expect(section.getByText('No links yet')).toBeVisible();
});

test('project files and links show on the project card and on the customer card', async ({
  page,
  api,
  signIn,
}) => {
  const customer = await customerBuilder().create(api);
  const project = await projectBuilder(customer.id)
    .name(`Intranet ${uniqueToken()}`)
    .open()
    .create(api);
  await api.uploadFile(
    `customers/${customer.id}`,
    'customer-only.txt',
    Buffer.from('c'),
    'text/plain',
  );
  await signIn(page, users.admin);

  await page.goto(`/projects/${project.id}`);
  const onProject = sectionOf(page);
  await dropFiles(page, onProject, [{ name: 'plan.txt', type: 'text/plain', bytes: [112, 10] }]);
  await expect(fileRow(onProject, 'plan.txt')).toBeVisible();
  await expect(fileRow(onProject, 'customer-only.txt')).toHaveCount(0);
  await api.createLink(`projects/${project.id}`, {
    url: 'https://intra.example.com',
    title: 'Staging',
  });

  await page.goto(`/customers/${customer.id}/contacts`);
  const onCustomer = sectionOf(page);
  const projectLink = `Project ${project.number} ${project.name}`;
  await expect(
    fileRow(onCustomer, 'plan.txt').getByRole('link', { name: projectLink }),
  ).toBeVisible();
  await expect(
    fileRow(onCustomer, 'customer-only.txt').getByRole('link', { name: /^Project/ }),
  ).toHaveCount(0);
  await expect(
    onCustomer.getByRole('list', { name: 'Links' }).getByRole('link', { name: projectLink }),
  ).toHaveAttribute('href', `/projects/${project.id}`);
});

test('read-only users download but see no upload, add or delete controls', async ({
  page,
  api,
  signIn,
}) => {
  const customer = await customerBuilder().create(api);
  await api.uploadFile(
    `customers/${customer.id}`,
    'shared.txt',
    Buffer.from('hello'),
    'text/plain',
  );
  await api.createLink(`customers/${customer.id}`, {
    url: 'https://example.com',
    title: 'Example',
  });
  await signIn(page, users.readOnly);
  await page.goto(`/customers/${customer.id}/contacts`);
  const section = sectionOf(page);
  const row = fileRow(section, 'shared.txt');
  await expect(row.getByRole('link', { name: 'Download shared.txt' })).toBeVisible();
  await expect(section.getByRole('link', { name: /Example/ })).toBeVisible();
  await expect(section.getByRole('button', { name: 'Upload files' })).toHaveCount(0);
  await expect(section.getByRole('button', { name: 'Add link' })).toHaveCount(0);
  await expect(section.getByRole('button', { name: /More actions/ })).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);
});
