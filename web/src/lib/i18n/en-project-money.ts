import type { Message } from './translate';

/** English strings of the project money pieces: prices, hour edits, forecast notes, user costs. */
export const enProjectMoney = {
  'forecast.notes.column': 'Notes',
  'forecast.notes.cell': 'Notes for {month}',
  'forecast.notes.invalid': 'A note is one line of at most {max} characters.',
} satisfies Record<string, Message>;
