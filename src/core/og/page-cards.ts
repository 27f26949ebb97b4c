import { formatDate, formatMonth } from '../format/dates.ts';
import { describeSeverityCounts, joinList, severityPhrase } from '../format/severity-phrases.ts';
import { versionLabel } from '../format/version-label.ts';
import { lineStatusLabel } from '../lines/status-labels.ts';
import type { AdvisoryView, InitiativeView, LineView, MetricChange, ReleaseView, ReportView, SiteModel } from '../model/types.ts';
import { SEVERITIES, UNRATED } from '../severity/severity.ts';
import type { AdvisoryCard, CardBrand, OgCard, PageCard, ReleaseCard, ReportCard, ReportFigure, SeverityCount } from './card.ts';
import { ogImagePath } from './image-path.ts';

/** The site's URL contract (src/site/urls.ts), passed in so that the core does not depend on the site layer. */
export interface PagePaths {
  home: () => string;
  releases: () => string;
  release: (id: string) => string;
  advisories: () => string;
  advisory: (id: string) => string;
  reports: () => string;
  report: (month: string) => string;
  initiatives: () => string;
  initiative: (id: string) => string;
  subscribe: () => string;
  /** Release line pages, where the site has them. */
  lines?: () => string;
  line?: (id: string) => string;
}

const MAX_FIGURES = 3;

function brandOf(model: SiteModel): CardBrand {
  return { name: model.site.name, host: new URL(model.site.url).host, accent: model.site.theme.accent };
}

function base(model: SiteModel, page: string) {
  return { page, image: ogImagePath(page), brand: brandOf(model) };
}

/**
 * Reads only what every release view has in common (date, lines, counts per severity), never a released
 * release's advisories: even the release-day card names no vulnerability, and a pre-announced one cannot.
 */
function releaseCard(model: SiteModel, paths: PagePaths, release: ReleaseView): ReleaseCard {
  const state = release.phase === 'announced' ? 'pre-announcement' : release.phase;
  const counts = [...SEVERITIES]
    .reverse()
    .map((severity): SeverityCount => ({ severity, count: release.summary.counts[severity] }))
    .concat([{ severity: UNRATED, count: release.summary.unrated }])
    .filter((item) => item.count > 0);
  const fixedVersions = release.phase === 'released' ? release.fixedVersions.map((fixed) => versionLabel(model.site, fixed.version)) : [];
  const overdue = release.phase === 'announced' && release.overdue;
  const stateText = overdue
    ? 'pre-announcement, not yet released'
    : { 'pre-announcement': 'pre-announcement', released: 'released', cancelled: 'cancelled' }[state];
  return {
    ...base(model, paths.release(release.id)),
    kind: 'release',
    alt: `${release.title}, ${stateText}: ${describeSeverityCounts(release.summary)} in ${model.site.project} ${joinList(release.lines)}.`,
    state,
    dateChanged: release.phase !== 'released' && release.dateChanges.length > 0,
    overdue,
    date: formatDate(release.targetDate),
    lines: release.lines,
    counts,
    fixedVersions,
  };
}

function advisoryCard(model: SiteModel, paths: PagePaths, advisory: AdvisoryView): AdvisoryCard {
  const lines = advisory.affected.map((item) => item.line);
  const name = advisory.cve ?? 'Security advisory';
  return {
    ...base(model, paths.advisory(advisory.id)),
    kind: 'advisory',
    alt: `${name}, ${severityPhrase(advisory.severity)}${advisory.withdrawn ? ', withdrawn' : ''}: ${advisory.title}. Affects ${model.site.project} ${joinList(lines)}.`,
    cve: advisory.cve,
    title: advisory.title,
    severity: advisory.severity,
    lines,
    published: formatDate(advisory.published),
    withdrawn: advisory.withdrawn !== undefined,
  };
}

function changePhrase(change: MetricChange, unit: string): string | undefined {
  if (change.previous === undefined || change.previous === null) return undefined;
  if (change.direction === 'same') return 'same as the month before';
  if (change.direction === 'up' || change.direction === 'down') return `${change.direction} from ${change.previous}${unit}`;
  return undefined;
}

/** The report's headline figures, most telling first; figures still to be filled in are left out. */
function reportFigures(report: ReportView): ReportFigure[] {
  const { changes } = report;
  const cvesFixed = report.releases.reduce((total, release) => total + release.advisories.length, 0);
  const candidates: (ReportFigure | undefined)[] = [
    changes.reportsClosed.current === null
      ? undefined
      : { value: String(changes.reportsClosed.current), label: 'reports closed', change: changePhrase(changes.reportsClosed, '') },
    changes.firstResponseHours.current === null
      ? undefined
      : {
          value: `${changes.firstResponseHours.current} h`,
          label: 'first response',
          change: changePhrase(changes.firstResponseHours, ' h'),
        },
    cvesFixed === 0 ? undefined : { value: String(cvesFixed), label: cvesFixed === 1 ? 'CVE fixed' : 'CVEs fixed', change: undefined },
    changes.reportsReceived.current === null
      ? undefined
      : { value: String(changes.reportsReceived.current), label: 'reports received', change: changePhrase(changes.reportsReceived, '') },
    changes.hackersParticipating.current === null
      ? undefined
      : {
          value: String(changes.hackersParticipating.current),
          label: 'hackers participating',
          change: changePhrase(changes.hackersParticipating, ''),
        },
  ];
  return candidates.filter((figure): figure is ReportFigure => figure !== undefined).slice(0, MAX_FIGURES);
}

function reportCard(model: SiteModel, paths: PagePaths, report: ReportView): ReportCard {
  const figures = reportFigures(report);
  const month = formatMonth(report.month);
  const said = figures.map((figure) => `${figure.value} ${figure.label}`);
  return {
    ...base(model, paths.report(report.month)),
    kind: 'report',
    alt: `Security progress report, ${month}${said.length > 0 ? `: ${joinList(said)}` : ''}.`,
    month,
    figures,
  };
}

function pageCard(model: SiteModel, page: string, eyebrow: string, title: string, subtitle: string): PageCard {
  return { ...base(model, page), kind: 'page', alt: `${title}: ${subtitle}`, eyebrow, title, subtitle };
}

function initiativeCard(model: SiteModel, paths: PagePaths, initiative: InitiativeView): PageCard {
  return pageCard(model, paths.initiative(initiative.id), 'Security initiative', initiative.name, initiative.summary);
}

const LINE_STATUS: Record<LineView['status'], string> = {
  current: 'Current release line',
  'active-lts': 'Active long-term support',
  maintenance: 'Maintenance long-term support',
  'end-of-life': 'End of life',
};

function lineCardText(line: LineView, site: SiteModel['site']): string {
  const status = lineStatusLabel(line.status, site, LINE_STATUS);
  if (line.endOfLife === undefined) return `${status}.`;
  return line.status === 'end-of-life'
    ? `${status} since ${formatDate(line.endOfLife)}.`
    : `${status}, supported until ${formatDate(line.endOfLife)}.`;
}

function lineCards(model: SiteModel, paths: PagePaths): PageCard[] {
  const { lines, line } = paths;
  if (!lines || !line) return [];
  return [
    pageCard(model, lines(), model.site.project, 'Release lines', 'Which release lines are supported, and the security fixes of each.'),
    ...model.lines.map((item) =>
      pageCard(model, line(item.id), 'Release line', `${item.label} (${item.id})`, lineCardText(item, model.site)),
    ),
  ];
}

/** The home page's card; also the card of any page that has none of its own, such as the 404 page. */
function siteCard(model: SiteModel, paths: PagePaths): PageCard {
  return pageCard(model, paths.home(), 'Security releases and advisories', model.site.name, model.site.description);
}

/**
 * Every card the site publishes at the model's moment, one per public page. Hidden releases and embargoed
 * advisories are not in the model, so they have no card.
 */
export function ogCards(model: SiteModel, paths: PagePaths): OgCard[] {
  const { project } = model.site;
  return [
    siteCard(model, paths),
    pageCard(model, paths.releases(), project, 'Security releases', 'Every security release, from pre-announcement to release day.'),
    pageCard(
      model,
      paths.advisories(),
      project,
      'Security advisories',
      'Every published advisory, with its severity and affected release lines.',
    ),
    pageCard(model, paths.reports(), project, 'Progress reports', 'What the security team did, month by month.'),
    pageCard(model, paths.initiatives(), project, 'Security initiatives', 'The long-running security work and how each part is going.'),
    pageCard(model, paths.subscribe(), project, 'Subscribe', 'How to hear of every security release.'),
    ...model.releases.map((release) => releaseCard(model, paths, release)),
    ...model.advisories.map((advisory) => advisoryCard(model, paths, advisory)),
    ...model.reports.map((report) => reportCard(model, paths, report)),
    ...model.initiatives.map((initiative) => initiativeCard(model, paths, initiative)),
    ...lineCards(model, paths),
  ];
}

/** The card of the page at `pathname`; a page without a card of its own shares the home page's. */
export function ogCardForPage(cards: readonly OgCard[], pathname: string): OgCard {
  const page = pathname.endsWith('/') ? pathname : `${pathname}/`;
  const card = cards.find((candidate) => candidate.page === page) ?? cards[0];
  if (!card) throw new Error('the site has no Open Graph cards; ogCards() always returns the home card first');
  return card;
}
