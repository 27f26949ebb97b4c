import type { AdvisoryView, SiteModel } from '../model/types.ts';

/** The shape of /api/advisories.json, documented in docs/feeds-and-data.md. */
export interface AdvisoriesApi {
  advisories: AdvisoryApiEntry[];
}

export interface AdvisoryApiEntry {
  id: string;
  cve: string | null;
  /** Why the advisory went out without a CVE id; null when it has one. */
  noCve: string | null;
  /** Further CVE ids the same fix closed. */
  otherCves: string[];
  url: string;
  osv: string;
  title: string;
  summary: string;
  severity: AdvisoryView['severity'];
  cvss: { version: string; vector: string; score: number; severity: string; severityOverride: string | null } | null;
  cwe: string[];
  /** `introduced`: the first affected version when the flaw entered the line after its first release. */
  affected: { line: string; introduced: string | null; fixedVersion: string | null }[];
  platforms: string[];
  credits: { name: string; role: string; url: string | null }[];
  references: { type: string; url: string }[];
  release: { id: string; url: string; releasedAt: string };
  published: string;
  modified: string;
  withdrawn: { at: string; reason: string } | null;
}

export interface AdvisoryLinks {
  advisory: (id: string) => string;
  release: (id: string) => string;
  osv: (advisory: AdvisoryView) => string;
}

/** Released advisories only (the model holds no other), newest first. */
export function advisoriesApi(model: SiteModel, links: AdvisoryLinks): AdvisoriesApi {
  return {
    advisories: model.advisories.map((advisory) => ({
      id: advisory.id,
      cve: advisory.cve ?? null,
      noCve: advisory.noCve ?? null,
      otherCves: advisory.aliases ?? [],
      url: links.advisory(advisory.id),
      osv: links.osv(advisory),
      title: advisory.title,
      summary: advisory.summary,
      severity: advisory.severity,
      cvss: advisory.cvss
        ? {
            version: advisory.cvss.version,
            vector: advisory.cvss.vector,
            score: advisory.cvss.score,
            severity: advisory.cvss.severity,
            severityOverride: advisory.cvss.severityOverride ?? null,
          }
        : null,
      cwe: advisory.cwe,
      affected: advisory.affected.map((line) => ({
        line: line.line,
        introduced: line.introduced ?? null,
        fixedVersion: line.fixedVersion ?? null,
      })),
      platforms: advisory.platforms,
      credits: advisory.credits.map((credit) => ({ name: credit.name, role: credit.role, url: credit.url ?? null })),
      references: advisory.references,
      release: { id: advisory.release.id, url: links.release(advisory.release.id), releasedAt: advisory.release.releasedAt },
      published: advisory.published,
      modified: advisory.modified,
      withdrawn: advisory.withdrawn ?? null,
    })),
  };
}
