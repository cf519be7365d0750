import { z } from 'zod';

const userRefSchema = z
  .object({ id: z.number(), name: z.string() })
  .nullish()
  .transform((value) => value ?? null);
const optionalText = z
  .string()
  .nullish()
  .transform((value) => value ?? null);

/** The project a file or link belongs to, shown on the customer card as a link to its card. */
export const projectRefSchema = z
  .object({ id: z.number(), number: z.number(), name: z.string() })
  .nullish()
  .transform((value) => value ?? null);
export type ProjectRef = NonNullable<z.infer<typeof projectRefSchema>>;

export const fileSchema = z.object({
  id: z.number(),
  customerId: z.number(),
  project: projectRefSchema,
  name: z.string(),
  contentType: z.string(),
  size: z.number(),
  description: optionalText,
  contentUrl: z.string(),
  createdAt: z.string(),
  createdBy: userRefSchema,
  updatedAt: z.string(),
  updatedBy: userRefSchema,
  version: z.number(),
});
export type StoredFile = z.infer<typeof fileSchema>;

export const linkSchema = z.object({
  id: z.number(),
  customerId: z.number(),
  project: projectRefSchema,
  url: z.string(),
  title: optionalText,
  description: optionalText,
  createdAt: z.string(),
  createdBy: userRefSchema,
  updatedAt: z.string(),
  updatedBy: userRefSchema,
  version: z.number(),
});
export type Link = z.infer<typeof linkSchema>;

export const filePageSchema = z.object({
  items: z.array(fileSchema),
  nextCursor: z.string().nullable(),
});
export const linkPageSchema = z.object({
  items: z.array(linkSchema),
  nextCursor: z.string().nullable(),
});

/** Whose card the files and links are on: a customer's (with its projects' ones) or a project's. */
export interface CardOwner {
  kind: 'customer' | 'project';
  id: number;
}

/** `/customers/12` or `/projects/40`: the prefix of the owner's collection routes. */
export function ownerPath(owner: CardOwner): string {
  return `/${owner.kind === 'customer' ? 'customers' : 'projects'}/${owner.id}`;
}

// A project's file also shows on its customer's card: every change refreshes every list.
export const fileKeys = {
  all: ['files'] as const,
  list: (owner: CardOwner) => ['files', owner.kind, owner.id] as const,
};
export const linkKeys = {
  all: ['links'] as const,
  list: (owner: CardOwner) => ['links', owner.kind, owner.id] as const,
};
