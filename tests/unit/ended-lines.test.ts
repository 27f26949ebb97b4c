import { describe, expect, it } from 'vitest';
import { linesEndedBy } from '../../src/core/lines/line-status.ts';

const lines = [
  { id: '16.x', status: 'maintenance' as const, endOfLife: '2023-09-11' },
  { id: '14.x', status: 'maintenance' as const, endOfLife: '2023-04-30' },
  { id: '0.12.x', status: 'end-of-life' as const, endOfLife: '2016-12-31' },
  { id: '12.x', status: 'end-of-life' as const, endOfLife: '2022-04-30' },
  // Its file, written today, says it has ended; at the releases below it had not yet begun.
  { id: '21.x', status: 'end-of-life' as const, endOfLife: '2024-06-01' },
];

describe('lines that had ended by a release', () => {
  it('are those past their end-of-life date at that moment, whatever their file says today, newest first, without the ones listed', () => {
    expect(linesEndedBy(lines, new Date('2023-06-20T21:00:00Z'), [])).toEqual(['14.x', '12.x', '0.12.x']);
    expect(linesEndedBy(lines, new Date('2023-06-20T21:00:00Z'), ['14.x'])).toEqual(['12.x', '0.12.x']);
    expect(linesEndedBy(lines, new Date('2023-04-29T23:59:59Z'), [])).toEqual(['12.x', '0.12.x']);
  });
});
