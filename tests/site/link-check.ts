import { readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { resolveStaticFile } from '../helpers/static-server.ts';

/** Elements and the attributes on them that point at another resource. */
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  script: ['src'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  form: ['action'],
};

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'" };

function decodeEntities(value: string): string {
  return value.replace(/&(amp|lt|gt|quot|apos|#39|#x27);/g, (_, name: string) => ENTITIES[name] ?? _);
}

function attributesOf(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of tag.matchAll(/\s([a-zA-Z_:][-\w:.]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    attributes.set(match[1]!.toLowerCase(), decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return attributes;
}

function withoutComments(html: string): string {
  return html.replace(/<!--[\s\S]*?-->/g, '');
}

export interface FoundLink {
  /** The page or file the link is written in, relative to the site's root. */
  from: string;
  url: string;
  /** Where in that file: element and attribute, or the XML element. */
  where: string;
}

/** Every URL an HTML page points at through its markup. */
export function linksInHtml(file: string, html: string): FoundLink[] {
  const links: FoundLink[] = [];
  for (const match of withoutComments(html).matchAll(/<([a-zA-Z][\w-]*)(\s[^>]*)?>/g)) {
    const element = match[1]!.toLowerCase();
    const names = URL_ATTRIBUTES[element];
    if (!names || !match[2]) continue;
    const attributes = attributesOf(match[2]);
    for (const name of names) {
      const value = attributes.get(name);
      if (value === undefined) continue;
      const urls = name === 'srcset' ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!) : [value.trim()];
      for (const url of urls.filter(Boolean)) links.push({ from: file, url, where: `<${element} ${name}>` });
    }
  }
  return links;
}

/** URLs in feeds and sitemaps: <loc>, <link>, <id> and <guid> text, href/url attributes and the stylesheet. */
export function linksInXml(file: string, xml: string): FoundLink[] {
  const links: FoundLink[] = [];
  const text = withoutComments(xml);
  for (const match of text.matchAll(/<(loc|link|id|guid)(?:\s[^>]*)?>\s*(?:<!\[CDATA\[)?\s*(https?:\/\/[^<\s\]]+)/g)) {
    links.push({ from: file, url: decodeEntities(match[2]!), where: `<${match[1]}>` });
  }
  for (const match of text.matchAll(/\s(href|url)="(https?:\/\/[^"]+)"/g)) {
    links.push({ from: file, url: decodeEntities(match[2]!), where: `${match[1]}=` });
  }
  for (const match of text.matchAll(/<\?xml-stylesheet\s[^?]*href="([^"]+)"/g)) {
    links.push({ from: file, url: decodeEntities(match[1]!), where: '<?xml-stylesheet>' });
  }
  return links;
}

/** The ids a page offers as fragment targets: id attributes and the legacy <a name>. */
export function anchorsInHtml(html: string): Set<string> {
  const anchors = new Set<string>();
  for (const match of withoutComments(html).matchAll(/<([a-zA-Z][\w-]*)(\s[^>]*)?>/g)) {
    if (!match[2]) continue;
    const attributes = attributesOf(match[2]);
    const id = attributes.get('id');
    if (id) anchors.add(id);
    const name = attributes.get('name');
    if (name && match[1]!.toLowerCase() === 'a') anchors.add(name);
  }
  return anchors;
}

/** The URL a file is served at, for resolving the relative links written in it. */
export function servedUrl(file: string, origin: string): URL {
  const path = file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
  return new URL(`/${path}`, origin);
}

export interface LinkReport {
  checked: number;
  broken: { link: FoundLink; problem: string }[];
  /** Links to other sites, by URL, with the files that hold them. */
  external: Map<string, string[]>;
}

/**
 * Checks every internal link of a built site against its files: the target must exist (a folder as `folder/`, as
 * the site is built with trailing slashes) and a #fragment must name an id on the target page. Absolute URLs on the
 * site's own origin count as internal. Other sites are only collected, never fetched.
 */
export function checkLinks(root: string, files: string[], siteOrigin: string): LinkReport {
  const report: LinkReport = { checked: 0, broken: [], external: new Map() };
  const anchorCache = new Map<string, Set<string>>();
  const anchorsOf = (path: string) => {
    let anchors = anchorCache.get(path);
    if (!anchors) {
      anchors = anchorsInHtml(readFileSync(path, 'utf-8'));
      anchorCache.set(path, anchors);
    }
    return anchors;
  };
  const origin = new URL(siteOrigin);
  for (const file of files) {
    const isHtml = file.endsWith('.html');
    if (!isHtml && !file.endsWith('.xml')) continue;
    const text = readFileSync(join(root, file), 'utf-8');
    const links = isHtml ? linksInHtml(file, text) : linksInXml(file, text);
    const base = servedUrl(file, origin.origin);
    for (const link of links) {
      let target: URL;
      try {
        target = new URL(link.url, base);
      } catch {
        report.broken.push({ link, problem: 'is not a valid URL' });
        continue;
      }
      if (target.origin !== origin.origin) {
        if (target.protocol === 'javascript:') report.broken.push({ link, problem: 'is a javascript: URL' });
        else report.external.set(link.url, [...(report.external.get(link.url) ?? []), file]);
        continue;
      }
      report.checked += 1;
      if (link.url === '#' || link.url.endsWith('#')) {
        report.broken.push({ link, problem: 'has an empty fragment' });
        continue;
      }
      const path = target.pathname;
      const resolved = resolveStaticFile(root, path);
      if (!resolved) {
        report.broken.push({ link, problem: `points to ${path}, which is not in the output` });
        continue;
      }
      if (resolved.endsWith(`${sep}index.html`) && !path.endsWith('/') && !path.endsWith('/index.html')) {
        report.broken.push({ link, problem: `points to the folder ${path} without its trailing slash` });
        continue;
      }
      if (target.hash) {
        const id = decodeURIComponent(target.hash.slice(1));
        if (!resolved.endsWith('.html')) {
          report.broken.push({ link, problem: `has a fragment #${id} on ${path}, which is not a page` });
        } else if (!anchorsOf(resolved).has(id)) {
          report.broken.push({ link, problem: `points to #${id}, which is no id on ${path}` });
        }
      }
    }
  }
  return report;
}

/** A short listing of the external links: each URL once, grouped by host, with how many files hold it. */
export function describeExternalLinks(external: Map<string, string[]>): string {
  const byHost = new Map<string, string[]>();
  for (const url of [...external.keys()].sort()) {
    let host: string;
    try {
      const parsed = new URL(url);
      host = parsed.host || parsed.protocol;
    } catch {
      host = url;
    }
    byHost.set(host, [...(byHost.get(host) ?? []), url]);
  }
  const lines = [`${external.size} external URL(s) on ${byHost.size} host(s), listed, not fetched:`];
  for (const [host, urls] of [...byHost].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`  ${host}`);
    for (const url of urls) lines.push(`    ${url}  (${new Set(external.get(url)).size} file(s))`);
  }
  return lines.join('\n');
}
