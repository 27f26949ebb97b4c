import calculator from 'ae-cvss-calculator';
import { type Severity, severityForScore } from './severity.ts';

export type CvssVersion = '3.0' | '3.1' | '4.0';

export interface CvssScore {
  version: CvssVersion;
  vector: string;
  score: number;
  severity: Severity | 'none';
}

const BASE_METRICS: Record<CvssVersion, readonly string[]> = {
  '3.0': ['AV', 'AC', 'PR', 'UI', 'S', 'C', 'I', 'A'],
  '3.1': ['AV', 'AC', 'PR', 'UI', 'S', 'C', 'I', 'A'],
  '4.0': ['AV', 'AC', 'AT', 'PR', 'UI', 'VC', 'VI', 'VA', 'SC', 'SI', 'SA'],
};

export class CvssError extends Error {}

/** Parses a CVSS 3.0, 3.1 or 4.0 vector and computes its base score. Throws CvssError naming what is wrong. */
export function scoreCvssVector(vector: string): CvssScore {
  const match = /^CVSS:(3\.0|3\.1|4\.0)\/(.+)$/.exec(vector.trim());
  if (!match) throw new CvssError(`"${vector}" is not a CVSS vector; expected one that starts with CVSS:3.1/ or CVSS:4.0/`);
  const version = match[1] as CvssVersion;
  const parts = (match[2] ?? '').split('/');
  const present = new Set<string>();
  for (const part of parts) {
    const [metric, value] = part.split(':');
    if (!metric || !value) throw new CvssError(`"${part}" in ${vector} is not a METRIC:VALUE pair`);
    if (present.has(metric)) throw new CvssError(`metric ${metric} appears twice in ${vector}`);
    present.add(metric);
  }
  const missing = BASE_METRICS[version].filter((metric) => !present.has(metric));
  if (missing.length > 0) throw new CvssError(`${vector} lacks the base metric(s) ${missing.join(', ')}`);

  const Calculator = version === '4.0' ? calculator.Cvss4P0 : version === '3.1' ? calculator.Cvss3P1 : calculator.Cvss3P0;
  let score: number | undefined;
  try {
    score = new Calculator(vector.trim()).calculateScores().base;
  } catch (error) {
    throw new CvssError(`${vector} does not parse: ${(error as Error).message}`);
  }
  if (score === undefined || Number.isNaN(score)) throw new CvssError(`${vector} has no computable base score`);
  return { version, vector: vector.trim(), score, severity: severityForScore(score) };
}
