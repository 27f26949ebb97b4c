import { DAY_MS } from '../format/dates.ts';
import type { SiteConfig } from '../schemas/site.ts';

const VALIDITY_DAYS = 365;

/** RFC 9116 wants URIs: an email address becomes a mailto: link. */
function contactUri(contact: string): string {
  return contact.startsWith('https://') ? contact : `mailto:${contact}`;
}

/**
 * /.well-known/security.txt (RFC 9116). Expires is a year after the build moment: a site rebuilt at least yearly
 * never serves a stale file, and one that stops being built stops being trusted.
 */
export function securityTxt(site: SiteConfig, now: Date, canonicalUrl: string): string {
  const expires = new Date(now.getTime() + VALIDITY_DAYS * DAY_MS);
  const lines = [
    ...site.security.contact.map((contact) => `Contact: ${contactUri(contact)}`),
    `Expires: ${expires.toISOString().replace(/\.\d{3}Z$/, 'Z')}`,
    `Preferred-Languages: ${site.security.preferredLanguages}`,
    `Canonical: ${canonicalUrl}`,
    `Policy: ${site.security.policy}`,
    ...(site.security.acknowledgments ? [`Acknowledgments: ${site.security.acknowledgments}`] : []),
  ];
  return `${lines.join('\n')}\n`;
}
