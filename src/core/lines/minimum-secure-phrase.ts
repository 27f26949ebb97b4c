import type { MinimumSecureVersion } from './minimum-secure-version';

/**
 * The plain advice a line's page and the lines index give, e.g. "Upgrade to 20.3.1 or later." An end-of-life line
 * gets no more fixes, so its highest fixed version is where its fixes stopped, not a place to stay.
 */
export function describeMinimumSecureVersion(
  minimum: MinimumSecureVersion,
  lineId: string,
  endOfLife = false,
  label: (version: string) => string = (version) => version,
): string {
  const move = `${lineId} is end-of-life and gets no more fixes: move to a supported line.`;
  switch (minimum.kind) {
    case 'upgrade':
      return endOfLife
        ? `Its last security fixes are in ${label(minimum.version)}; ${move}`
        : `Upgrade to ${label(minimum.version)} or later.`;
    case 'none':
      // An ended line is open to every flaw found since, named here or not: "no advisory" must not read as "safe".
      return endOfLife
        ? `${lineId} is end-of-life: it gets no fixes for vulnerabilities found since, whether or not an advisory here names it. Move to a supported line.`
        : `No published advisory affects ${lineId}.`;
    case 'unfixed': {
      const count = minimum.unfixed === 1 ? 'One advisory has' : `${minimum.unfixed} advisories have`;
      const last = minimum.lastFix ? ` The last fixed version was ${label(minimum.lastFix)}.` : '';
      return `No version of ${lineId} is secure: ${count} no fix on this line. Move to a supported line.${last}`;
    }
  }
}
