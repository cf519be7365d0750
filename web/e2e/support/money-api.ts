import { expect, type APIRequestContext, type APIResponse } from '@playwright/test';

/** Money as the API carries it: integer minor units and a currency. */
export interface ApiMoney {
  amount: number;
  currency: string;
}

export interface ApiWorkType {
  id: number;
  name: string;
  code: string | null;
  hourlyPrice: ApiMoney;
  billable: boolean;
  isActive: boolean;
  version: number;
}

export interface ApiHourEntry {
  id: number;
  projectId: number;
  workTypeId: number;
  date: string;
  minutes: number;
  billable: boolean;
  version: number;
}

export interface ApiFee {
  id: number;
  kind: 'fee' | 'cost';
  description: string;
  version: number;
}

async function json<T>(response: APIResponse, what: string): Promise<T> {
  if (!response.ok()) {
    throw new Error(`${what} failed: ${response.status()} ${await response.text()}`);
  }
  return (await response.json()) as T;
}

export const eur = (amount: number): ApiMoney => ({ amount, currency: 'EUR' });

/** Seeds hours, fees, forecasts and work types through the REST API (issue 14). */
export class MoneyApi {
  constructor(private readonly request: APIRequestContext) {}

  async workTypes(): Promise<ApiWorkType[]> {
    const page = await this.request
      .get('/api/v1/settings/work-types')
      .then((response) => json<{ items: ApiWorkType[] }>(response, 'GET /settings/work-types'));
    return page.items;
  }

  /** One of the organization's default work types: Consulting, Design, Travel time, … */
  async workType(name: string): Promise<ApiWorkType> {
    const type = (await this.workTypes()).find((item) => item.name === name);
    expect(type, `work type ${name}`).toBeDefined();
    return type as ApiWorkType;
  }

  /** Sets a work type's default hourly price (they all start at 0, which makes hours non-billable). */
  setWorkTypePrice(type: ApiWorkType, hourlyPrice: ApiMoney): Promise<ApiWorkType> {
    return this.request
      .patch(`/api/v1/settings/work-types/${type.id}`, {
        data: { version: type.version, hourlyPrice },
      })
      .then((response) => json<ApiWorkType>(response, `PATCH /settings/work-types/${type.id}`));
  }

  createHourEntry(body: Record<string, unknown>): Promise<ApiHourEntry> {
    return this.request
      .post('/api/v1/hours', { data: body })
      .then((response) => json<ApiHourEntry>(response, `POST /hours ${JSON.stringify(body)}`));
  }

  createFee(projectId: number, body: Record<string, unknown>): Promise<ApiFee> {
    return this.request
      .post(`/api/v1/projects/${projectId}/fees`, { data: body })
      .then((response) => json<ApiFee>(response, `POST /projects/${projectId}/fees`));
  }

  async fees(projectId: number): Promise<ApiFee[]> {
    const page = await this.request
      .get(`/api/v1/projects/${projectId}/fees`)
      .then((response) => json<{ items: ApiFee[] }>(response, 'GET fees'));
    return page.items;
  }

  forecasts(projectId: number) {
    return this.request.get(`/api/v1/projects/${projectId}/forecasts`).then((response) =>
      json<{
        version: number;
        months: { month: string; revenue: ApiMoney | null; otherCost: ApiMoney | null }[];
      }>(response, 'GET forecasts'),
    );
  }

  async putForecasts(projectId: number, months: Record<string, unknown>[]) {
    const { version } = await this.forecasts(projectId);
    return this.request
      .put(`/api/v1/projects/${projectId}/forecasts`, { data: { version, months } })
      .then((response) => json<unknown>(response, 'PUT forecasts'));
  }
}

/** `YYYY-MM-DD` of a day in the current month, in the browser's (and organization's) time zone. */
export function dayThisMonth(day: number, now: Date = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${String(day).padStart(2, '0')}`;
}

/** `YYYY-MM` a number of months from now. */
export function monthFromNow(offset: number, now: Date = new Date()): string {
  const index = now.getFullYear() * 12 + now.getMonth() + offset;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
