import { describe, expect, it } from 'vitest';
import { CvssError, scoreCvssVector } from '../../src/core/severity/cvss.ts';
import { countBySeverity, highestSeverity, severityForScore } from '../../src/core/severity/severity.ts';

describe('CVSS scoring', () => {
  it('scores a CVSS 3.1 vector', () => {
    expect(scoreCvssVector('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H')).toMatchObject({
      version: '3.1',
      score: 9.8,
      severity: 'critical',
    });
    expect(scoreCvssVector('CVSS:3.1/AV:L/AC:H/PR:L/UI:R/S:U/C:L/I:N/A:N')).toMatchObject({ score: 2.2, severity: 'low' });
  });

  it('scores a CVSS 4.0 vector', () => {
    expect(scoreCvssVector('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N')).toMatchObject({
      version: '4.0',
      score: 9.3,
      severity: 'critical',
    });
  });

  it('rejects a vector missing base metrics, naming them', () => {
    expect(() => scoreCvssVector('CVSS:3.1/AV:N/AC:L')).toThrow(/lacks the base metric\(s\) PR, UI, S, C, I, A/);
  });

  it('rejects an unknown metric value and a non-vector', () => {
    expect(() => scoreCvssVector('CVSS:3.1/AV:Q/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H')).toThrow(CvssError);
    expect(() => scoreCvssVector('9.8')).toThrow(/not a CVSS vector/);
  });
});

describe('severity', () => {
  it('maps score bands', () => {
    expect([0, 0.1, 3.9, 4, 6.9, 7, 8.9, 9, 10].map(severityForScore)).toEqual([
      'none',
      'low',
      'low',
      'medium',
      'medium',
      'high',
      'high',
      'critical',
      'critical',
    ]);
  });

  it('counts and ranks', () => {
    expect(countBySeverity(['high', 'medium', 'medium'])).toEqual({ low: 0, medium: 2, high: 1, critical: 0 });
    expect(highestSeverity(['low', 'critical', 'medium'])).toBe('critical');
    expect(highestSeverity([])).toBeUndefined();
  });
});
