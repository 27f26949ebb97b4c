import { describe, expect, it } from 'vitest';
import { resolveContentRoots } from '../../src/core/content/roots.ts';
import { anyLineSupported, lineEndsSoon, lineStatusAt, linesEndedBy } from '../../src/core/lines/line-status.ts';
import { loadSiteModel } from '../../src/core/load-site.ts';
import { PROJECT_ROOT } from '../helpers/build-site.ts';

const twenty = { status: 'current', endOfLife: '2026-04-30' } as const;

describe('the status of a release line', () => {
  it('is what its file says until its end-of-life date, and end-of-life from that day on', () => {
    expect(lineStatusAt(twenty, new Date('2026-04-29T23:59:59Z'))).toBe('current');
    expect(lineStatusAt(twenty, new Date('2026-04-30T00:00:00Z'))).toBe('end-of-life');
    expect(lineStatusAt({ status: 'end-of-life', endOfLife: '2030-01-01' }, new Date('2026-01-01T00:00:00Z'))).toBe('end-of-life');
  });

  it('reaches the site model, so a scheduled build stops calling an ended line supported', () => {
    const statuses = (now: string) => {
      const { model } = loadSiteModel(resolveContentRoots(PROJECT_ROOT, {}), new Date(now));
      return Object.fromEntries((model?.lines ?? []).map((line) => [line.id, line.status]));
    };
    expect(statuses('2023-07-20T00:00:00Z')).toEqual({ '20.x': 'current', '18.x': 'active-lts', '16.x': 'maintenance' });
    expect(statuses('2025-05-01T00:00:00Z')).toEqual({ '20.x': 'current', '18.x': 'end-of-life', '16.x': 'end-of-life' });
  });

  it('warns a quarter ahead of the end, while the line is still supported', () => {
    expect(lineEndsSoon(twenty, new Date('2026-01-29T23:59:59Z'))).toBe(false);
    expect(lineEndsSoon(twenty, new Date('2026-01-30T00:00:00Z'))).toBe(true);
    expect(lineEndsSoon(twenty, new Date('2026-04-29T23:59:59Z'))).toBe(true);
    expect(lineEndsSoon(twenty, new Date('2026-04-30T00:00:00Z'))).toBe(false);
    const { model } = loadSiteModel(resolveContentRoots(PROJECT_ROOT, {}), new Date('2023-07-20T00:00:00Z'));
    expect(model?.lines.filter((line) => line.endsSoon).map((line) => line.id)).toEqual(['16.x']);
  });

  it('keeps a line with no end announced at its status, never ending soon and never ended by a date', () => {
    const curl = { id: '8.x', status: 'current', endOfLife: undefined } as const;
    expect(lineStatusAt(curl, new Date('2099-01-01T00:00:00Z'))).toBe('current');
    expect(lineEndsSoon(curl, new Date('2099-01-01T00:00:00Z'))).toBe(false);
    expect(linesEndedBy([curl], new Date('2099-01-01T00:00:00Z'), [])).toEqual([]);
    expect(lineStatusAt({ ...curl, status: 'end-of-life' }, new Date('2024-01-01T00:00:00Z'))).toBe('end-of-life');
  });
});

describe('whether any line is supported', () => {
  it('is true while one line is not end-of-life, and false once every line is', () => {
    expect(anyLineSupported([{ status: 'end-of-life' }, { status: 'maintenance' }])).toBe(true);
    expect(anyLineSupported([{ status: 'end-of-life' }, { status: 'end-of-life' }])).toBe(false);
    expect(anyLineSupported([])).toBe(false);
  });
});
