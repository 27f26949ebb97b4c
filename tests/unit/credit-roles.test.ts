import { describe, expect, it } from 'vitest';
import { describeCredits } from '../../src/core/format/credit-roles.ts';

describe('credits in a sentence', () => {
  it('say what each credited name did, grouped by role in the order first credited', () => {
    expect(describeCredits([{ name: 'Node.js Security Team', role: 'coordinator' }])).toBe('Coordinated by Node.js Security Team');
    expect(
      describeCredits([
        { name: 'Jane Doe', role: 'reporter' },
        { name: 'Node.js Security Team', role: 'coordinator' },
        { name: 'John Roe', role: 'reporter' },
        { name: 'Ann Lee', role: 'remediation_developer' },
        { name: 'Bob Kim', role: 'remediation_developer' },
        { name: 'Cat Wu', role: 'remediation_developer' },
      ]),
    ).toBe('Reported by Jane Doe and John Roe; coordinated by Node.js Security Team; fixed by Ann Lee, Bob Kim and Cat Wu');
  });
});
