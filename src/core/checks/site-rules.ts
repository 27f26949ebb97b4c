import type { Diagnostic, FieldPath } from '../content/diagnostic.ts';
import { formatFieldPath } from '../content/diagnostic.ts';
import { isOsvEcosystem, OSV_ECOSYSTEMS } from '../exports/osv-ecosystems.ts';
import { isUsableOsvPrefix } from '../exports/osv-prefixes.ts';
import type { SiteConfig } from '../schemas/site.ts';

/** How a spelling slip compares: case, spaces, dots and hyphens aside ("NPM", "crates-io", "Py PI"). */
const loosely = (name: string) => name.toLowerCase().replace(/[\s.-]/g, '');

/**
 * What site.yaml says that OSV tools would reject or silently lose: warnings, since OSV registers new prefixes and
 * ecosystems after this list was taken.
 */
export function siteSettingsWarnings(site: SiteConfig, file: string, locate: (path: FieldPath) => number | undefined): Diagnostic[] {
  const warn = (path: FieldPath, message: string): Diagnostic => {
    const line = locate(path);
    return { level: 'warning', file, field: formatFieldPath(path), ...(line ? { line } : {}), message };
  };
  const out: Diagnostic[] = [];
  const { prefix, ecosystem, purl } = site.osv;
  if (!isUsableOsvPrefix(prefix)) {
    out.push(
      warn(
        ['osv', 'prefix'],
        `"${prefix}" is not a prefix OSV registers, so OSV tools reject the records' ids; use "x_${prefix}" until it is registered`,
      ),
    );
  }
  if (!isOsvEcosystem(ecosystem)) {
    const [base = '', ...suffix] = ecosystem.split(':');
    const meant = OSV_ECOSYSTEMS.find((known) => loosely(known) === loosely(base));
    if (meant) {
      const fixed = [meant, ...suffix].join(':');
      out.push(warn(['osv', 'ecosystem'], `"${ecosystem}" is not an OSV ecosystem, so the records name no package; expected "${fixed}"`));
    } else if (purl !== undefined) {
      out.push(
        warn(['osv', 'purl'], `is not published: OSV records name a package only for an OSV ecosystem, and "${ecosystem}" is not one`),
      );
    }
  }
  return out;
}
