import { afterEach, describe, expect, it } from 'vitest';
import { formatWait } from './format';
import { en } from './en';
import { registerLocale, setLocale, t } from './translate';

afterEach(() => setLocale('en'));

describe('t', () => {
  it('returns the English text of a key', () => {
    expect(t('nav.customers')).toBe('Customers');
  });

  it('fills in placeholders and leaves unknown ones alone', () => {
    expect(t('nav.signedInAs', { name: 'Aino' })).toBe('Signed in as Aino');
    expect(t('nav.signedInAs')).toBe('Signed in as {name}');
  });

  it('chooses the plural form by count', () => {
    expect(t('customers.list.shown', { count: 1 })).toBe('1 customer shown');
    expect(t('customers.list.shown', { count: 60 })).toBe('60 customers shown');
    expect(t('customers.list.shown', { count: 0 })).toBe('0 customers shown');
  });

  it('uses a registered language and falls back to English for missing keys', () => {
    registerLocale('fi', 'fi-FI', {
      'nav.customers': 'Asiakkaat',
      'customers.list.shown': { one: '{count} asiakas', other: '{count} asiakasta' },
    });
    setLocale('fi');
    expect(t('nav.customers')).toBe('Asiakkaat');
    expect(t('customers.list.shown', { count: 2 })).toBe('2 asiakasta');
    expect(t('nav.projects')).toBe('Projects');
  });

  it('refuses an unknown locale', () => {
    expect(() => setLocale('xx')).toThrow(/Unknown locale/);
  });
});

describe('catalog', () => {
  it('has every placeholder well-formed', () => {
    for (const [key, message] of Object.entries(en)) {
      const texts = typeof message === 'string' ? [message] : Object.values(message);
      for (const text of texts) {
        expect(text, key).not.toMatch(/\{[^}]*$|\{\s*\}/);
      }
    }
  });
});

describe('formatWait', () => {
  it('speaks in seconds under a minute and whole minutes above', () => {
    expect(formatWait(1)).toBe('1 second');
    expect(formatWait(45)).toBe('45 seconds');
    expect(formatWait(60)).toBe('1 minute');
    expect(formatWait(61)).toBe('2 minutes');
    expect(formatWait(900)).toBe('15 minutes');
  });
});
