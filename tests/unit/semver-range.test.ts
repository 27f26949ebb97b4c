import semver from 'semver';
import { describe, expect, it } from 'vitest';
import {
  affectedSpans,
  fixedVersionByRanges,
  opensLine,
  rangeSpans,
  spansByLine,
  spansOnLine,
  type VersionSpan,
} from '../../src/core/versions/semver-range.ts';

/** Whether the spans hold a release version, as an OSV range of `introduced`/`fixed` pairs does. */
function holds(spans: VersionSpan[], version: string): boolean {
  return spans.some((span) => semver.gte(version, span.from) && (span.to === undefined || semver.lt(version, span.to)));
}

const GRID = Array.from({ length: 13 }, (_, major) =>
  Array.from({ length: 14 }, (_, minor) => Array.from({ length: 8 }, (_, patch) => `${major}.${minor}.${patch}`)),
).flat(2);

describe('npm semver ranges as spans of release versions', () => {
  it('reads each form the database writes', () => {
    expect(rangeSpans('^4.4.6')).toEqual([{ from: '4.4.6', to: '5.0.0' }]);
    expect(rangeSpans('^0.10.36')).toEqual([{ from: '0.10.36', to: '0.11.0' }]);
    expect(rangeSpans('>=6.0.0 <6.2.0')).toEqual([{ from: '6.0.0', to: '6.2.0' }]);
    expect(rangeSpans('<4.8.2')).toEqual([{ from: '0.0.0', to: '4.8.2' }]);
    expect(rangeSpans('<= 10')).toEqual([{ from: '0.0.0', to: '11.0.0' }]);
    expect(rangeSpans('<=8.5.0')).toEqual([{ from: '0.0.0', to: '8.5.1' }]);
    expect(rangeSpans('>= 10.9.0')).toEqual([{ from: '10.9.0' }]);
    expect(rangeSpans('>6.0.0')).toEqual([{ from: '6.0.1' }]);
    expect(rangeSpans('9.7.x')).toEqual([{ from: '9.7.0', to: '9.8.0' }]);
    expect(rangeSpans('20.x')).toEqual([{ from: '20.0.0', to: '21.0.0' }]);
    expect(rangeSpans('0.12.x')).toEqual([{ from: '0.12.0', to: '0.13.0' }]);
    expect(rangeSpans('8.5.0')).toEqual([{ from: '8.5.0', to: '8.5.1' }]);
    expect(rangeSpans('~4.2.3')).toEqual([{ from: '4.2.3', to: '4.3.0' }]);
    for (const everything of ['*', 'x.x', '']) expect(rangeSpans(everything)).toEqual([{ from: '0.0.0' }]);
  });

  it('joins the parts of a union, sorted, and drops the empty ones', () => {
    expect(rangeSpans('>=6.0.0 <6.2.0 || 5.x || 4.x')).toEqual([{ from: '4.0.0', to: '6.2.0' }]);
    expect(rangeSpans('^16.20.1 || ^18.16.1 || >= 20.3.1')).toEqual([
      { from: '16.20.1', to: '17.0.0' },
      { from: '18.16.1', to: '19.0.0' },
      { from: '20.3.1' },
    ]);
    expect(rangeSpans('^4.9.0 || <4.8.2 || >=4.5.0 <4.8.0')).toEqual([
      { from: '0.0.0', to: '4.8.2' },
      { from: '4.9.0', to: '5.0.0' },
    ]);
    expect(rangeSpans('>=7.0.0 <6.0.0 || 1.2.3-beta')).toEqual([]);
  });

  it('reads a bound with a prerelease as the release it comes just before', () => {
    expect(rangeSpans('<11.0.0-0')).toEqual([{ from: '0.0.0', to: '11.0.0' }]);
    expect(rangeSpans('>=11.0.0-rc.1')).toEqual([{ from: '11.0.0' }]);
    expect(rangeSpans('>11.0.0-rc.1 <=12.0.0-0')).toEqual([{ from: '11.0.0', to: '12.0.0' }]);
  });

  it('answers no range for text that is none', () => {
    expect(rangeSpans('none')).toBeUndefined();
    expect(rangeSpans('>=a.b')).toBeUndefined();
    expect(affectedSpans('20.x', 'none')).toBeUndefined();
  });

  it('hold exactly the release versions npm semver says the range holds', () => {
    const ranges = [
      '>=6.0.0 <6.2.0 || 5.x || 4.x',
      '<= 10',
      '^6.14.4 || ^8.11.4 || >= 10.9.0',
      '9.7.x || 10.x',
      '^5.10.0 || 4.4.2',
      '0.10.x || 0.12.x || 4.x',
      '^0.10.48 || ^0.12.17 || ^4.6.1',
      '>3.2.1 <=7.0.0 || ~1.2.3 || 1.2.3 - 2.3',
      '*',
    ];
    for (const range of ranges) {
      const spans = rangeSpans(range) ?? [];
      expect(
        GRID.filter((version) => holds(spans, version) !== semver.satisfies(version, range)),
        range,
      ).toEqual([]);
    }
  });
});

describe('the versions a vulnerable and a patched range leave affected', () => {
  it('are those that satisfy vulnerable and not patched, as is-my-node-vulnerable reads the database', () => {
    const pairs = [
      ['>=6.0.0 <6.2.0 || 5.x || 4.x', '^4.4.6 || ^5.12.0'],
      ['<= 10', '^6.14.4 || ^8.11.4 || >= 10.9.0'],
      ['5.x || 4.x', '^5.10.0 || 4.4.2'],
      ['9.7.x || 10.x', '^9.11.2 || ^10.4.1'],
      ['6.x || 5.x || 4.x', '^6.2.1 || ^4.5.0'],
      ['0.10.x || 0.12.x || 4.x', '^0.10.48 || ^0.12.17 || ^4.6.1'],
      ['*', '>=4.2.1 <4.3.0 || >=7.0.0'],
    ] as const;
    for (const [vulnerable, patched] of pairs) {
      const spans = affectedSpans(vulnerable, patched) ?? [];
      const npm = (version: string) => semver.satisfies(version, vulnerable) && !semver.satisfies(version, patched);
      expect(
        GRID.filter((version) => holds(spans, version) !== npm(version)),
        `${vulnerable} / ${patched}`,
      ).toEqual([]);
    }
  });

  it('keep the upper bound a vulnerable part sets inside its line', () => {
    // Entry 24: 6.x was fixed in 6.2.0, though the patched range names no 6.x version.
    expect(affectedSpans('>=6.0.0 <6.2.0 || 5.x || 4.x', '^4.4.6 || ^5.12.0')).toEqual([
      { from: '4.0.0', to: '4.4.6' },
      { from: '5.0.0', to: '5.12.0' },
      { from: '6.0.0', to: '6.2.0' },
    ]);
    // Entry 26 patches one version of 4.x: the ones after it are affected again.
    expect(affectedSpans('5.x || 4.x', '^5.10.0 || 4.4.2')).toEqual([
      { from: '4.0.0', to: '4.4.2' },
      { from: '4.4.3', to: '5.10.0' },
    ]);
  });
});

describe('spans by release line', () => {
  it('cut a span where lines begin from 1.0 on, and name the line of each piece', () => {
    const spans = affectedSpans('<= 10', '^6.14.4 || ^8.11.4 || >= 10.9.0') ?? [];
    expect(spansByLine(spans)).toEqual([
      { from: '0.0.0', to: '1.0.0', line: undefined },
      { from: '1.0.0', to: '2.0.0', line: '1.x' },
      { from: '2.0.0', to: '3.0.0', line: '2.x' },
      { from: '3.0.0', to: '4.0.0', line: '3.x' },
      { from: '4.0.0', to: '5.0.0', line: '4.x' },
      { from: '5.0.0', to: '6.0.0', line: '5.x' },
      { from: '6.0.0', to: '6.14.4', line: '6.x' },
      { from: '7.0.0', to: '8.0.0', line: '7.x' },
      { from: '8.0.0', to: '8.11.4', line: '8.x' },
      { from: '9.0.0', to: '10.0.0', line: '9.x' },
      { from: '10.0.0', to: '10.9.0', line: '10.x' },
    ]);
    expect(spansByLine([{ from: '0.10.0', to: '0.11.0' }, { from: '20.3.0' }])).toEqual([
      { from: '0.10.0', to: '0.11.0', line: '0.10.x' },
      { from: '20.3.0', line: undefined },
    ]);
  });

  it('clip spans to one line', () => {
    const spans = [{ from: '0.0.0', to: '6.14.4' }, { from: '7.0.0' }];
    expect(spansOnLine(spans, '6.x')).toEqual([{ from: '6.0.0', to: '6.14.4' }]);
    expect(spansOnLine(spans, '0.10.x')).toEqual([{ from: '0.10.0', to: '0.11.0' }]);
    expect(spansOnLine(spans, '9.x')).toEqual([{ from: '9.0.0', to: '10.0.0' }]);
    expect(spansOnLine([{ from: '6.0.0', to: '6.2.0' }], '5.x')).toEqual([]);
  });

  it('say which version fixed a line, when the line does not stay affected to its end', () => {
    const [vulnerable, patched] = ['>=6.0.0 <6.2.0 || 5.x || 4.x', '^4.4.6 || ^5.12.0'];
    expect(fixedVersionByRanges(vulnerable, patched, '6.x')).toBe('6.2.0');
    expect(fixedVersionByRanges(vulnerable, patched, '5.x')).toBe('5.12.0');
    expect(fixedVersionByRanges('6.x || 5.x || 4.x', '^6.2.1 || ^4.5.0', '5.x')).toBeUndefined();
    expect(fixedVersionByRanges('5.x || 4.x', '^5.10.0 || 4.4.2', '4.x')).toBeUndefined();
    expect(fixedVersionByRanges('<0.10.40 || 4.x', '^4.1.0', '0.10.x')).toBe('0.10.40');
    expect(fixedVersionByRanges(vulnerable, patched, '7.x')).toBeUndefined();
    expect(fixedVersionByRanges('none', patched, '6.x')).toBeUndefined();
  });

  it('know the versions that open a line', () => {
    expect(['1.0.0', '21.0.0', '0.13.0'].filter(opensLine)).toEqual(['1.0.0', '21.0.0', '0.13.0']);
    expect(['6.2.0', '0.0.0', '0.12.1', '20.0.1', 'x'].filter(opensLine)).toEqual([]);
  });
});
