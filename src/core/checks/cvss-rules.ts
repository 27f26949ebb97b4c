import type { Diagnostic } from '../content/diagnostic.ts';
import { CvssError, scoreCvssVector } from '../severity/cvss.ts';
import { problem, type Rule } from './rule.ts';

/**
 * The severity readers see must be the one the CVSS vector computes, unless the advisory says why not: a silent
 * mismatch reads as a mistake in a published advisory.
 */
export const cvssAgreesWithSeverity: Rule = ({ content }) => {
  const out: Diagnostic[] = [];
  for (const advisory of content.advisories) {
    const { cvss, severity } = advisory.data;
    if (!cvss) continue;
    let score: ReturnType<typeof scoreCvssVector>;
    try {
      score = scoreCvssVector(cvss.vector);
    } catch (error) {
      if (!(error instanceof CvssError)) throw error;
      out.push(problem('error', advisory, ['cvss', 'vector'], `expected a valid CVSS 3.0, 3.1 or 4.0 vector: ${error.message}`));
      continue;
    }
    if (score.severity !== severity && !cvss.severityOverride) {
      out.push(
        problem(
          'error',
          advisory,
          ['severity'],
          `expected "${score.severity}" to agree with the CVSS vector (score ${score.score}), found "${severity}"; fix one of them, or set cvss.severityOverride to say why they differ`,
        ),
      );
    } else if (score.severity === severity && cvss.severityOverride) {
      out.push(
        problem(
          'warning',
          advisory,
          ['cvss', 'severityOverride'],
          `the severity already agrees with the CVSS vector ("${severity}", score ${score.score}); remove the override`,
        ),
      );
    }
  }
  return out;
};
