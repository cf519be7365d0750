import { expect, type APIRequestContext, type APIResponse } from '@playwright/test';

/** A customer as the API returns it (only what the tests read). */
export interface ApiCustomer {
  id: number;
  number: number;
  name: string;
  version: number;
  vatNumber: string | null;
  phone: string | null;
  industry: string | null;
  accountOwnerId: number | null;
  isActive: boolean;
}

/** An address as the API returns it (only what the tests read). */
export interface ApiAddress {
  id: number;
  street: string[];
  postalCode: string | null;
  city: string | null;
  uses: string[];
  isHeadquarters: boolean;
}

export interface ApiUser {
  id: number;
  email: string;
  name: string;
}

async function json<T>(response: APIResponse, what: string): Promise<T> {
  if (!response.ok()) {
    throw new Error(`${what} failed: ${response.status()} ${await response.text()}`);
  }
  return (await response.json()) as T;
}

/** An address, a contact, or a keyword / contact role as the API returns them (what tests read). */
export interface ApiAddress {
  id: number;
  street: string[];
  isHeadquarters: boolean;
  version: number;
}

export interface ApiContact {
  id: number;
  name: string;
  keywordIds: number[];
  roleId: number | null;
  isActive: boolean;
  version: number;
}

export interface ApiListItem {
  id: number;
  name: string;
  isActive: boolean;
  usageCount: number;
  version: number;
}

export type SettingsList = 'keywords' | 'contact-roles';

/** A project or sales case as the API returns it (only what the tests read). */
export interface ApiProject {
  id: number;
  number: number;
  name: string;
  state: 'sales' | 'open' | 'closed';
  probability: number;
  version: number;
}

/** A task as the API returns it (only what the tests read). */
export interface ApiTask {
  id: number;
  name: string;
  statusId: number;
  rank: string;
  version: number;
}

export interface ApiTaskStatus {
  id: number;
  name: string;
}

export interface ApiBoard {
  columns: { status: ApiTaskStatus; count: number; tasks: ApiTask[] }[];
}

/** Notes, files and links as the API returns them (only what the tests read). */
export interface ApiProjectRef {
  id: number;
  number: number;
  name: string;
}

export interface ApiNote {
  id: number;
  text: string;
  project: ApiProjectRef | null;
  version: number;
}

export interface ApiFile {
  id: number;
  name: string;
  size: number;
  contentType: string;
  project: ApiProjectRef | null;
  version: number;
}

export interface ApiLink {
  id: number;
  url: string;
  title: string | null;
  version: number;
}

/** Whose card a note, file or link goes on: `customers/12` or `projects/40`. */
export type CardPath = `customers/${number}` | `projects/${number}`;

/** An activity type and an activity as the API returns them (only what the tests read). */
export interface ApiActivityType {
  id: number;
  kind: 'todo' | 'calendar';
  name: string;
  active: boolean;
  usageCount: number;
  version: number;
}

export interface ApiActivity {
  id: number;
  customerId: number;
  name: string;
  projectId: number | null;
  isDone: boolean;
  version: number;
}

/** Seeds and reads data through the REST API with the admin's personal token. */
export class SeedApi {
  constructor(private readonly request: APIRequestContext) {}

  createCustomer(body: Record<string, unknown>): Promise<ApiCustomer> {
    return this.request
      .post('/api/v1/customers', { data: body })
      .then((response) => json<ApiCustomer>(response, `POST /customers ${JSON.stringify(body)}`));
  }

  getCustomer(id: number): Promise<ApiCustomer> {
    return this.request
      .get(`/api/v1/customers/${id}`)
      .then((response) => json<ApiCustomer>(response, `GET /customers/${id}`));
  }

  updateCustomer(id: number, body: Record<string, unknown>): Promise<ApiCustomer> {
    return this.request
      .patch(`/api/v1/customers/${id}`, { data: body })
      .then((response) => json<ApiCustomer>(response, `PATCH /customers/${id}`));
  }

  getAddresses(customerId: number): Promise<ApiAddress[]> {
    return this.request
      .get(`/api/v1/customers/${customerId}/addresses`)
      .then((response) => json<{ items: ApiAddress[] }>(response, 'GET addresses'))
      .then((page) => page.items);
  }

  createAddress(customerId: number, body: Record<string, unknown>): Promise<ApiAddress> {
    return this.request
      .post(`/api/v1/customers/${customerId}/addresses`, { data: body })
      .then((response) => json<ApiAddress>(response, `POST /customers/${customerId}/addresses`));
  }

  createContact(customerId: number, body: Record<string, unknown>): Promise<ApiContact> {
    return this.request
      .post(`/api/v1/customers/${customerId}/contacts`, { data: body })
      .then((response) => json<ApiContact>(response, `POST /customers/${customerId}/contacts`));
  }

  getContact(id: number): Promise<ApiContact> {
    return this.request
      .get(`/api/v1/contacts/${id}`)
      .then((response) => json<ApiContact>(response, `GET /contacts/${id}`));
  }

  inactivateContact(contact: ApiContact): Promise<ApiContact> {
    return this.request
      .post(`/api/v1/contacts/${contact.id}/inactivate`, { data: { version: contact.version } })
      .then((response) => json<ApiContact>(response, `POST /contacts/${contact.id}/inactivate`));
  }

  createListItem(list: SettingsList, name: string): Promise<ApiListItem> {
    return this.request
      .post(`/api/v1/settings/${list}`, { data: { name } })
      .then((response) => json<ApiListItem>(response, `POST /settings/${list} ${name}`));
  }

  updateListItem(
    list: SettingsList,
    item: ApiListItem,
    patch: { name?: string; isActive?: boolean },
  ): Promise<ApiListItem> {
    return this.request
      .patch(`/api/v1/settings/${list}/${item.id}`, { data: { version: item.version, ...patch } })
      .then((response) => json<ApiListItem>(response, `PATCH /settings/${list}/${item.id}`));
  }

  async listItems(list: SettingsList): Promise<ApiListItem[]> {
    const answer = await this.request
      .get(`/api/v1/settings/${list}`, { params: { includeDisabled: 'true' } })
      .then((response) => json<{ items: ApiListItem[] }>(response, `GET /settings/${list}`));
    return answer.items;
  }

  createProject(body: Record<string, unknown>): Promise<ApiProject> {
    return this.request
      .post('/api/v1/projects', { data: body })
      .then((response) => json<ApiProject>(response, `POST /projects ${JSON.stringify(body)}`));
  }

  getProject(id: number): Promise<ApiProject> {
    return this.request
      .get(`/api/v1/projects/${id}`)
      .then((response) => json<ApiProject>(response, `GET /projects/${id}`));
  }

  createTask(projectId: number, body: Record<string, unknown>): Promise<ApiTask> {
    return this.request
      .post(`/api/v1/projects/${projectId}/tasks`, { data: body })
      .then((response) => json<ApiTask>(response, `POST /projects/${projectId}/tasks`));
  }

  moveTask(id: number, body: Record<string, unknown>): Promise<ApiTask> {
    return this.request
      .post(`/api/v1/tasks/${id}/move`, { data: body })
      .then((response) => json<ApiTask>(response, `POST /tasks/${id}/move`));
  }

  customerBoard(customerId: number): Promise<ApiBoard> {
    return this.request
      .get(`/api/v1/customers/${customerId}/board`)
      .then((response) => json<ApiBoard>(response, `GET /customers/${customerId}/board`));
  }

  async taskStatuses(): Promise<ApiTaskStatus[]> {
    const page = await this.request
      .get('/api/v1/settings/task-statuses')
      .then((response) =>
        json<{ items: ApiTaskStatus[] }>(response, 'GET /settings/task-statuses'),
      );
    return page.items;
  }

  createNote(card: CardPath, text: string): Promise<ApiNote> {
    return this.request
      .post(`/api/v1/${card}/notes`, { data: { text } })
      .then((response) => json<ApiNote>(response, `POST /${card}/notes`));
  }

  updateNote(note: ApiNote, text: string): Promise<ApiNote> {
    return this.request
      .patch(`/api/v1/notes/${note.id}`, { data: { version: note.version, text } })
      .then((response) => json<ApiNote>(response, `PATCH /notes/${note.id}`));
  }

  async notes(card: CardPath): Promise<ApiNote[]> {
    const page = await this.request
      .get(`/api/v1/${card}/notes`, { params: { limit: 200 } })
      .then((response) => json<{ items: ApiNote[] }>(response, `GET /${card}/notes`));
    return page.items;
  }

  /** A raw-body upload, as the web app makes it. */
  uploadFile(card: CardPath, name: string, bytes: Buffer, contentType: string): Promise<ApiFile> {
    return this.request
      .post(`/api/v1/${card}/files`, {
        params: { name },
        data: bytes,
        headers: { 'Content-Type': contentType },
      })
      .then((response) => json<ApiFile>(response, `POST /${card}/files ${name}`));
  }

  async files(card: CardPath): Promise<ApiFile[]> {
    const page = await this.request
      .get(`/api/v1/${card}/files`, { params: { limit: 200 } })
      .then((response) => json<{ items: ApiFile[] }>(response, `GET /${card}/files`));
    return page.items;
  }

  updateFile(file: ApiFile, patch: { name?: string; description?: string | null }) {
    return this.request
      .patch(`/api/v1/files/${file.id}`, { data: { version: file.version, ...patch } })
      .then((response) => json<ApiFile>(response, `PATCH /files/${file.id}`));
  }

  createLink(card: CardPath, body: { url: string; title?: string }): Promise<ApiLink> {
    return this.request
      .post(`/api/v1/${card}/links`, { data: body })
      .then((response) => json<ApiLink>(response, `POST /${card}/links`));
  }

  async links(card: CardPath): Promise<ApiLink[]> {
    const page = await this.request
      .get(`/api/v1/${card}/links`, { params: { limit: 200 } })
      .then((response) => json<{ items: ApiLink[] }>(response, `GET /${card}/links`));
    return page.items;
  }

  deleteContact(id: number): Promise<void> {
    return this.request.delete(`/api/v1/contacts/${id}`).then(async (response) => {
      if (!response.ok()) throw new Error(`DELETE /contacts/${id}: ${response.status()}`);
    });
  }

  async activityTypes(): Promise<ApiActivityType[]> {
    const answer = await this.request
      .get('/api/v1/settings/activity-types')
      .then((response) =>
        json<{ items: ApiActivityType[] }>(response, 'GET /settings/activity-types'),
      );
    return answer.items;
  }

  /** The organization's type of that kind and name (the defaults: To-do, Meeting, …). */
  async activityType(kind: 'todo' | 'calendar', name: string): Promise<ApiActivityType> {
    const type = (await this.activityTypes()).find((t) => t.kind === kind && t.name === name);
    expect(type, `activity type ${kind} ${name}`).toBeDefined();
    return type as ApiActivityType;
  }

  createActivity(customerId: number, body: Record<string, unknown>): Promise<ApiActivity> {
    return this.request
      .post(`/api/v1/customers/${customerId}/activities`, { data: body })
      .then((response) =>
        json<ApiActivity>(
          response,
          `POST /customers/${customerId}/activities ${JSON.stringify(body)}`,
        ),
      );
  }

  updateActivity(activity: ApiActivity, patch: Record<string, unknown>): Promise<ApiActivity> {
    return this.request
      .patch(`/api/v1/activities/${activity.id}`, { data: { version: activity.version, ...patch } })
      .then((response) => json<ApiActivity>(response, `PATCH /activities/${activity.id}`));
  }

  async userByEmail(email: string): Promise<ApiUser> {
    const page = await this.request
      .get('/api/v1/users', { params: { active: 'all', limit: 200 } })
      .then((response) => json<{ items: ApiUser[] }>(response, 'GET /users'));
    const user = page.items.find((item) => item.email === email);
    expect(user, `user ${email}`).toBeDefined();
    return user as ApiUser;
  }
}

/** A signed-in browser session's own API calls (cookie + CSRF token), e.g. to try a forced edit. */
export async function csrfTokenOf(request: APIRequestContext): Promise<string> {
  const me = await json<{ csrfToken: string | null }>(await request.get('/api/v1/me'), 'GET /me');
  expect(me.csrfToken).toBeTruthy();
  return me.csrfToken as string;
}
