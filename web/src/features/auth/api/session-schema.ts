import { z } from 'zod';

export const scopeSchema = z.enum(['none', 'own', 'all']);
export type Scope = z.infer<typeof scopeSchema>;

const areaSchema = z.object({ view: scopeSchema, edit: scopeSchema });

export const permissionsSchema = z.object({
  customers: areaSchema,
  sales: areaSchema,
  projects: areaSchema,
  financials: areaSchema,
  settings: z.object({ manage: z.boolean() }),
  deleteCustomers: z.boolean(),
});
export type Permissions = z.infer<typeof permissionsSchema>;

/** The answer of `GET /me` and of `POST /auth/login`. */
export const sessionSchema = z.object({
  user: z.object({ id: z.number(), name: z.string(), email: z.string() }),
  org: z.object({ id: z.number(), name: z.string() }),
  role: z.object({ id: z.number(), name: z.string() }),
  permissions: permissionsSchema,
  csrfToken: z.string().nullable(),
});
export type Session = z.infer<typeof sessionSchema>;

export const sessionQueryKey = ['session'] as const;
