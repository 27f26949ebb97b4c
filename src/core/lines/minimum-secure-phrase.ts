import type { MinimumSecureVersion } from './minimum-secure-version.ts';

/**
 * The plain advice a line's page and the lines index give, e.g. "Upgrade to 20.3.1 or later." An end-of-life line
 * gets no more fixes, so its highest fixed version is only the latest fix this site published, not a place to stay
 * (the line may have had later releases that fixed nothing named here). `canMove` says whether another line listed
 * here is still supported: without one, "move to a supported line" would send readers to a list that has none.
 */
export function describeMinimumSecureVersion(
  minimum: MinimumSecureVersion,
  lineId: string,
  endOfLife = false,
  label: (version: string) => string = (version) => version,
  canMove = true,
): string {
  const moveSentence = canMove ? 'Move to a supported line.' : 'No other line listed here is still supported.';
  const moveClause = canMove ? ': move to a supported line.' : ', and no other line listed here is still supported.';
  switch (minimum.kind) {
    case 'upgrade':
      return endOfLife
        ? `The latest fix published here is ${label(minimum.version)}; ${lineId} is end-of-life and gets no more fixes${moveClause}`
        : `Upgrade to ${label(minimum.version)} or later.`;
    case 'none':
      // An ended line is open to every flaw found since, named here or not: "no advisory" must not read as "safe".
      return endOfLife
        ? `${lineId} is end-of-life: it gets no fixes for vulnerabilities found since, whether or not an advisory here names it. ${moveSentence}`
        : `No published advisory affects ${lineId}.`;
    case 'unfixed': {
      const count = minimum.unfixed === 1 ? 'One advisory has' : `${minimum.unfixed} advisories have`;
      const last = minimum.lastFix ? ` The last fixed version was ${label(minimum.lastFix)}.` : '';
      return `No version of ${lineId} is secure: ${count} no fix on this line. ${moveSentence}${last}`;
    }
  }
}
