import { describe, expect, it } from 'vitest';
import { totalsLines } from './totals';

describe('totalsLines', () => {
  it('keeps one line per currency and never adds EUR to NOK', () => {
    const lines = totalsLines([
      { currency: 'NOK', count: 1, pipeline: 10_000_00, weighted: 5_000_00 },
      { currency: 'EUR', count: 2, pipeline: 12_500_00, weighted: 6_250_00 },
      { currency: 'EUR', count: 1, pipeline: 1_000_00, weighted: 100_00 },
    ]);
    expect(lines.map((line) => [line.currency, line.count])).toEqual([
      ['EUR', 3],
      ['NOK', 1],
    ]);
    expect(lines[0]?.pipeline).toContain('13,500.00');
    expect(lines[0]?.weighted).toContain('6,350.00');
    expect(lines[1]?.pipeline).toContain('10,000.00');
  });

  it('is empty without sales cases of value', () => {
    expect(totalsLines([])).toEqual([]);
  });
});
