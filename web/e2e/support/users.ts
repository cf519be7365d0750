/** The organization and people every e2e run starts with (created by global setup via the CLI). */
export const orgName = 'Acme Consulting Oy';

export type Role = 'Administrator' | 'Manager' | 'Consultant' | 'Read-only';

export interface SeededUser {
  email: string;
  name: string;
  role: Role;
  password: string;
}

function user(key: string, name: string, role: Role): SeededUser {
  return { email: `${key}@acme.example`, name, role, password: `pw-${key}-Secret1` };
}

export const users = {
  admin: user('admin', 'Ada Admin', 'Administrator'),
  manager: user('manager', 'Maija Manager', 'Manager'),
  consultant: user('consultant', 'Kalle Consultant', 'Consultant'),
  readOnly: user('reader', 'Riikka Reader', 'Read-only'),
  /** Only for the throttling test: its failed sign-ins lock no one else out. */
  throttled: user('throttled', 'Tuomas Throttled', 'Consultant'),
  /** Only for the wrong-password test, so failures never add up for another test's user. */
  mistyper: user('mistyper', 'Mikko Mistyper', 'Consultant'),
} satisfies Record<string, SeededUser>;
