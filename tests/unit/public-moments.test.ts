import { describe, expect, it } from 'vitest';
import { earlyMention, NEVER, whenTextIsOut } from '../../src/core/checks/public-moments.ts';

const now = new Date('2023-07-20T00:00:00Z');
const at = (moment: string) => Date.parse(moment);

describe('a text that names or links to what goes public at another moment', () => {
  it('is fine when the target is out by the time the text is', () => {
    expect(earlyMention(at('2023-07-13T00:00:00Z'), at('2023-06-20T21:00:00Z'), now)).toBeUndefined();
    expect(earlyMention(at('2023-08-10T00:00:00Z'), at('2023-08-09T20:00:00Z'), now)).toBeUndefined();
  });

  it('is an error when the text is out now, or goes out before a target already scheduled', () => {
    expect(earlyMention(at('2023-07-13T00:00:00Z'), NEVER, now)).toBe('error');
    expect(earlyMention(at('2023-08-05T00:00:00Z'), at('2023-08-09T20:00:00Z'), now)).toBe('error');
  });

  it('is a warning while the text is not out and the target not yet scheduled, and nothing while the text is not', () => {
    expect(earlyMention(at('2023-08-10T00:00:00Z'), NEVER, now)).toBe('warning');
    expect(earlyMention(NEVER, NEVER, now)).toBeUndefined();
  });

  it('says when the text is out', () => {
    expect(whenTextIsOut(at('2023-07-13T00:00:00Z'), now)).toBe('at this moment');
    expect(whenTextIsOut(at('2023-08-10T00:00:00Z'), now)).toBe('when this goes out (2023-08-10T00:00:00Z)');
  });
});
