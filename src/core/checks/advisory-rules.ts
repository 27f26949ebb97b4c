import type { Diagnostic } from '../content/diagnostic';
import { CvssError, scoreCvssVector } from '../severity/cvss';
import { problem, type Rule } from './rule';

export const cvssAgreesWithSeverity: Rule = ({ content }) => {
  const out: Diagnostic[] = [];
  for (const advisory of content.advisories) {
    const { cvss, severity } = advisory.data;
    if (!cvss) continue;
    try {
      const score = scoreCvssVector(cvss.vector);
      if (score.severity !== severity && !cvss.severityOverride) {
        out.push(
          problem(
            'error',
            advisory,
            ['severity'],
            `expected "${score.severity}" to agree with the CVSS vector (score ${score.score}), found "${severity}"; set cvss.severityOverride to say why they differ`,
          ),
        );
      }
    } catch (error) {
      if (!(error instanceof CvssError)) throw error;
      out.push(problem('error', advisory, ['cvss', 'vector'], error.message));
    }
  }
  return out;
};
