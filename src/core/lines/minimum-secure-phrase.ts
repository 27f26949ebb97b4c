import type { MinimumSecureVersion } from './minimum-secure-version';

/** The plain advice a line's page and the lines index give, e.g. "Upgrade to 20.3.1 or later." */
export function describeMinimumSecureVersion(minimum: MinimumSecureVersion, lineId: string): string {
  switch (minimum.kind) {
    case 'upgrade':
      return `Upgrade to ${minimum.version} or later.`;
    case 'none':
      return `No published advisory affects ${lineId}.`;
    case 'unfixed': {
      const count = minimum.unfixed === 1 ? 'One advisory has' : `${minimum.unfixed} advisories have`;
      const last = minimum.lastFix ? ` The last fixed version was ${minimum.lastFix}.` : '';
      return `No version of ${lineId} is secure: ${count} no fix on this line. Move to a supported line.${last}`;
    }
  }
}
