import { describe, expect, it } from 'vitest';
import { formatMinutesAsHours, minutesToDecimalHours, parseHoursInput } from './hours';

function minutes(text: string) {
  const result = parseHoursInput(text);
  return result.ok ? result.minutes : result.error;
}

describe('parseHoursInput', () => {
  it('reads decimal hours with a point or a comma', () => {
    expect(minutes('1.5')).toBe(90);
    expect(minutes('1,5')).toBe(90);
    expect(minutes('8')).toBe(480);
    expect(minutes('.25')).toBe(15);
    expect(minutes('0,75')).toBe(45);
    expect(minutes('2.')).toBe(120);
  });

  it('rounds decimal hours to the nearest minute without floats', () => {
    expect(minutes('0.33')).toBe(20);
    expect(minutes('0.01')).toBe(1);
    expect(minutes('7.999')).toBe(480);
  });

  it('reads hours and minutes', () => {
    expect(minutes('1:30')).toBe(90);
    expect(minutes('0:05')).toBe(5);
    expect(minutes('1h30')).toBe(90);
    expect(minutes('1h 30m')).toBe(90);
    expect(minutes('1:60')).toBe('invalid');
  });

  it('reads minutes and hours with units', () => {
    expect(minutes('90m')).toBe(90);
    expect(minutes('45 min')).toBe(45);
    expect(minutes('2h')).toBe(120);
    expect(minutes('1,5 h')).toBe(90);
    expect(minutes('2 hours')).toBe(120);
    expect(minutes('2H')).toBe(120);
  });

  it('treats blank as no hours and zero as zero', () => {
    expect(minutes('')).toBeNull();
    expect(minutes('   ')).toBeNull();
    expect(minutes('0')).toBe(0);
  });

  it('refuses negative amounts, more than a day and garbage', () => {
    expect(minutes('-1')).toBe('negative');
    expect(minutes('-1:30')).toBe('negative');
    expect(minutes('24.5')).toBe('tooLong');
    expect(minutes('1500m')).toBe('tooLong');
    expect(minutes('24')).toBe(1440);
    expect(minutes('abc')).toBe('invalid');
    expect(minutes('1.5.5')).toBe('invalid');
    expect(minutes('h')).toBe('invalid');
    expect(minutes('.')).toBe('invalid');
    expect(minutes('--1')).toBe('invalid');
    expect(minutes('1:3')).toBe('invalid');
  });
});

describe('formatMinutesAsHours', () => {
  it('shows decimals when exact and hours:minutes otherwise', () => {
    expect(formatMinutesAsHours(90)).toBe('1.5');
    expect(formatMinutesAsHours(435)).toBe('7.25');
    expect(formatMinutesAsHours(480)).toBe('8');
    expect(formatMinutesAsHours(3)).toBe('0.05');
    expect(formatMinutesAsHours(20)).toBe('0:20');
    expect(formatMinutesAsHours(0)).toBe('0');
  });

  it('round-trips through the parser', () => {
    for (const value of [1, 20, 45, 90, 101, 435, 1439]) {
      expect(minutes(formatMinutesAsHours(value))).toBe(value);
    }
  });
});

describe('minutesToDecimalHours', () => {
  it('rounds to hundredths half up', () => {
    expect(minutesToDecimalHours(100)).toBe('1.67');
    expect(minutesToDecimalHours(90)).toBe('1.5');
    expect(minutesToDecimalHours(2400)).toBe('40');
    expect(minutesToDecimalHours(-30)).toBe('-0.5');
  });
});
