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

  it('shows totals beyond 2^53 exactly, whether sent as strings or added up past it', () => {
    const lines = totalsLines([
      {
        currency: 'EUR',
        count: 9301,
        pipeline: '93000000000000001',
        weighted: '93000000000000001',
      },
      { currency: 'NOK', count: 1, pipeline: 9_007_199_254_740_991, weighted: 0 },
      { currency: 'NOK', count: 1, pipeline: 2, weighted: 1 },
    ]);
    expect(lines[0]?.pipeline).toContain('930,000,000,000,000.01');
    expect(lines[1]?.pipeline).toContain('90,071,992,547,409.93');
    expect(lines[1]?.weighted).toContain('0.01');
  });

  it('is empty without sales cases of value', () => {
    expect(totalsLines([])).toEqual([]);
  });
});
