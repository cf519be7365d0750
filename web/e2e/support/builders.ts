import { randomBytes } from 'node:crypto';
import type { ApiActivity, ApiContact, ApiCustomer, ApiProject, SeedApi } from './api';

/** A short token that makes names unique across tests sharing the run's database. */
export function uniqueToken(): string {
  return randomBytes(4).toString('hex');
}

/** `customerBuilder().name('Acme Oy').create(api)`: a valid customer with overridable fields. */
export class CustomerBuilder {
  private readonly body: Record<string, unknown> = { name: `Customer ${uniqueToken()} Oy` };

  name(name: string): this {
    this.body.name = name;
    return this;
  }

  vatNumber(vatNumber: string): this {
    this.body.vatNumber = vatNumber;
    return this;
  }

  country(country: string): this {
    this.body.country = country;
    return this;
  }

  accountOwner(userId: number): this {
    this.body.accountOwnerId = userId;
    return this;
  }

  website(website: string): this {
    this.body.website = website;
    return this;
  }

  phone(phone: string): this {
    this.body.phone = phone;
    return this;
  }

  industry(industry: string): this {
    this.body.industry = industry;
    return this;
  }

  create(api: SeedApi): Promise<ApiCustomer> {
    return api.createCustomer(this.body);
  }
}

export function customerBuilder(): CustomerBuilder {
  return new CustomerBuilder();
}

/** `contactBuilder().firstName('Anna').keywords([5]).create(api, customerId)`. */
export class ContactBuilder {
  private readonly body: Record<string, unknown> = {
    firstName: 'Contact',
    lastName: uniqueToken(),
  };

  firstName(firstName: string): this {
    this.body.firstName = firstName;
    return this;
  }

  lastName(lastName: string): this {
    this.body.lastName = lastName;
    return this;
  }

  email(email: string): this {
    this.body.email = email;
    return this;
  }

  role(roleId: number): this {
    this.body.roleId = roleId;
    return this;
  }

  keywords(keywordIds: number[]): this {
    this.body.keywordIds = keywordIds;
    return this;
  }

  create(api: SeedApi, customerId: number): Promise<ApiContact> {
    return api.createContact(customerId, this.body);
  }
}

export function contactBuilder(): ContactBuilder {
  return new ContactBuilder();
}

/** `projectBuilder(customer.id).open().create(api)`: a sales case (default) or a project. */
export class ProjectBuilder {
  private readonly body: Record<string, unknown>;

  constructor(customerId: number) {
    this.body = { customerId, name: `Project ${uniqueToken()}` };
  }

  name(name: string): this {
    this.body.name = name;
    return this;
  }

  open(): this {
    this.body.state = 'open';
    return this;
  }

  expectedValue(amount: number, currency: string): this {
    this.body.expectedValue = { amount, currency };
    return this;
  }

  owner(userId: number): this {
    this.body.ownerId = userId;
    return this;
  }

  members(userIds: number[]): this {
    this.body.memberIds = userIds;
    return this;
  }

  create(api: SeedApi): Promise<ApiProject> {
    return api.createProject(this.body);
  }
}

export function projectBuilder(customerId: number): ProjectBuilder {
  return new ProjectBuilder(customerId);
}

/** Bytes for upload tests: every byte value, in an order no compression or trimming keeps. */
export function binaryBytes(length: number): Buffer {
  const bytes = Buffer.alloc(length);
  for (let i = 0; i < length; i += 1) bytes[i] = (i * 7919) % 256;
  return bytes;
}

/** A valid 1×1 PNG, for previews. */
export function tinyPng(): Buffer {
  return Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
    'base64',
  );
}

/**
 * `activityBuilder('todo').due('2027-01-15T12:30:00Z').create(api, customerId)`: an activity of the
 * organization's default type of its kind (To-do, Meeting), or of `type(id)`.
 */
export class ActivityBuilder {
  private readonly body: Record<string, unknown>;
  private typeName: string;

  constructor(private readonly kind: 'todo' | 'calendar') {
    this.body = { name: `${kind === 'todo' ? 'To-do' : 'Meeting'} ${uniqueToken()}` };
    this.typeName = kind === 'todo' ? 'To-do' : 'Meeting';
  }

  name(name: string): this {
    this.body.name = name;
    return this;
  }

  typeNamed(name: string): this {
    this.typeName = name;
    return this;
  }

  due(dueAt: string): this {
    this.body.dueAt = dueAt;
    return this;
  }

  /** Start and end instants (`…Z`); all-day entries give `YYYY-MM-DDT00:00:00Z` days. */
  between(startAt: string, endAt: string, allDay = false): this {
    Object.assign(this.body, { startAt, endAt, allDay });
    return this;
  }

  project(projectId: number): this {
    this.body.projectId = projectId;
    return this;
  }

  owner(userId: number): this {
    this.body.ownerId = userId;
    return this;
  }

  participants(participants: { type: 'user' | 'contact'; id: number }[]): this {
    this.body.participants = participants;
    return this;
  }

  async create(api: SeedApi, customerId: number): Promise<ApiActivity> {
    const type = await api.activityType(this.kind, this.typeName);
    return api.createActivity(customerId, { ...this.body, typeId: type.id });
  }
}

export function activityBuilder(kind: 'todo' | 'calendar'): ActivityBuilder {
  return new ActivityBuilder(kind);
}
