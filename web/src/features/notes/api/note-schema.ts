import { z } from 'zod';

const userRefSchema = z
  .object({ id: z.number(), name: z.string() })
  .nullish()
  .transform((value) => value ?? null);

/** The project a note belongs to, shown on the customer card as a link to the project card. */
export const projectRefSchema = z.object({ id: z.number(), number: z.number(), name: z.string() });
export type ProjectRef = z.infer<typeof projectRefSchema>;

export const noteSchema = z.object({
  id: z.number(),
  customerId: z.number(),
  project: projectRefSchema.nullish().transform((value) => value ?? null),
  text: z.string(),
  author: userRefSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  updatedBy: userRefSchema,
  version: z.number(),
});
export type Note = z.infer<typeof noteSchema>;

export const notePageSchema = z.object({
  items: z.array(noteSchema),
  nextCursor: z.string().nullable(),
});

/** Whose card the notes are on: a customer's (with its projects' notes) or one project's. */
export interface NoteOwner {
  kind: 'customer' | 'project';
  id: number;
}

/** `customers/12` or `projects/40`: the path of the owner's collection routes. */
export function ownerPath(owner: NoteOwner): string {
  return `/${owner.kind === 'customer' ? 'customers' : 'projects'}/${owner.id}`;
}

export const noteKeys = {
  // A project's note also shows on its customer's card: every change refreshes every notes list.
  all: ['notes'] as const,
  list: (owner: NoteOwner) => ['notes', owner.kind, owner.id] as const,
};
