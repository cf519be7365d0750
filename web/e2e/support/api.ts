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
