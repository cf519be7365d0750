import type { Message } from './translate';

/** English strings of the project money pieces: prices, hour edits, forecast notes, user costs. */
export const enProjectMoney = {
  'forecast.notes.column': 'Notes',
  'forecast.notes.cell': 'Notes for {month}',
  'forecast.notes.invalid': 'A note is one line of at most {max} characters.',

  'money.tab.prices': 'Hourly prices',
  'prices.title': 'Hourly prices',
  'prices.help':
    'Prices of this project per work type. They replace the work types’ default prices for new hour entries.',
  'prices.loading': 'Loading the prices…',
  'prices.error': 'The prices could not be loaded.',
  'prices.empty': 'No project prices: the work types’ default prices apply.',
  'prices.caption': 'Hourly prices of the project',
  'prices.column.workType': 'Work type',
  'prices.column.price': 'Hourly price ({currency})',
  'prices.input': 'Hourly price of {name} ({currency})',
  'prices.remove': 'Remove the price of {name}',
  'prices.removeShort': 'Remove',
  'prices.add.workType': 'Work type to add',
  'prices.add.button': 'Add price',
  'prices.save': 'Save prices',
  'prices.saved': 'Prices saved.',
  'prices.conflict.title': 'Someone else changed the prices',
  'prices.validation.price': 'Type a price such as 85 or 85.50.',
} satisfies Record<string, Message>;
