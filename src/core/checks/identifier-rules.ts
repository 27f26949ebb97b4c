import type { Diagnostic } from '../content/diagnostic.ts';
import { problem, type Rule } from './rule.ts';

/** The first CVE ids are from 1999; an id from years ahead is a typo that the pattern alone lets through. */
const FIRST_CVE_YEAR = 1999;

/** CVE and CWE ids beyond their pattern (the schemas check that): a plausible year, a real CWE number, no repeats. */
export const identifiersWellFormed: Rule = ({ content, now }) => {
  const out: Diagnostic[] = [];
  const latestYear = now.getUTCFullYear() + 1;
  for (const advisory of content.advisories) {
    const { cve, cwe } = advisory.data;
    const year = cve ? Number(cve.slice(4, 8)) : undefined;
    if (year !== undefined && (year < FIRST_CVE_YEAR || year > latestYear)) {
      out.push(
        problem('error', advisory, ['cve'], `expected a CVE year from ${FIRST_CVE_YEAR} to ${latestYear}, found ${year} in "${cve}"`),
      );
    }
    const seen = new Set<string>();
    cwe.forEach((id, index) => {
      if (Number(id.slice(4)) === 0) out.push(problem('error', advisory, ['cwe', index], `expected a CWE number above 0, found "${id}"`));
      if (seen.has(id)) out.push(problem('warning', advisory, ['cwe', index], `"${id}" is listed twice; remove the repeat`));
      seen.add(id);
    });
  }
  return out;
};
