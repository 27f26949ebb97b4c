import { isAbsolute, join, relative } from 'node:path';
import { AuthoringError } from '../src/core/authoring/authoring-error.ts';
import { findEntryFiles, rootForNewEntries } from '../src/core/authoring/content-files.ts';
import { advisoryFileId, newAdvisory, refuseClosedRelease } from '../src/core/authoring/new-advisory.ts';
import { parseLineList } from '../src/core/authoring/new-release.ts';
import { loadContent } from '../src/core/content/load.ts';
import { releasePhase } from '../src/core/lifecycle/phase.ts';
import { optionalString, parseCommandArgs, requiredString } from './lib/cli/args.ts';
import { runCommand, validateAndWrite } from './lib/cli/command.ts';

const USAGE =
  'npm run advisory:new -- --release YYYY-MM-DD --title "…" --severity low|medium|high|critical --lines 20.x[,18.x] [--cve CVE-YYYY-NNNN] [--cvss VECTOR] [--summary "…"] [--public]';

runCommand('advisory:new', USAGE, (context) => {
  const args = parseCommandArgs(
    process.argv.slice(2),
    {
      release: { type: 'string' },
      title: { type: 'string' },
      severity: { type: 'string' },
      lines: { type: 'string' },
      cve: { type: 'string' },
      cvss: { type: 'string' },
      summary: { type: 'string' },
      public: { type: 'boolean' },
    },
    { min: 0, max: 0 },
  );
  const releaseId = requiredString(args, 'release', '2031-03-10');
  const request = {
    release: releaseId,
    title: requiredString(args, 'title', '"Path traversal in fs.readFile"'),
    severity: requiredString(args, 'severity', 'high'),
    lines: parseLineList('--lines', requiredString(args, 'lines', '20.x,18.x')),
    cve: optionalString(args, 'cve'),
    cvss: optionalString(args, 'cvss'),
    summary: optionalString(args, 'summary'),
  };
  const advisory = newAdvisory(request);
  const releaseFiles = findEntryFiles(context.roots, 'releases', releaseId);
  if (releaseFiles.length === 0) {
    const privateHint = context.roots.privateContent ? '' : ' (if it is in a private content folder, set BULLETIN_PRIVATE_DIR)';
    throw new AuthoringError(
      `there is no release ${releaseId}${privateHint}; create it first with npm run release:new -- --date ${releaseId} --lines …`,
    );
  }
  const privateRoot = context.roots.privateContent;
  if (
    args.flags.public === true &&
    privateRoot &&
    releaseFiles.every((file) => {
      const path = relative(privateRoot, file);
      return !path.startsWith('..') && !isAbsolute(path);
    })
  ) {
    throw new AuthoringError(
      `release ${releaseId} is in the private content folder, so its advisories stay there until it is out; leave out --public (release:move-public moves them all once it is)`,
    );
  }
  const loaded = loadContent(context.roots).content;
  const target = loaded?.releases.find((entry) => entry.id === releaseId);
  if (target) refuseClosedRelease(target, context.now);
  // Run twice by mistake, the command would add the same issue twice, and the pre-announcement would count it twice.
  const sameTitle = loaded?.advisories.find(
    (entry) => entry.data.release === releaseId && entry.data.title.trim().toLowerCase() === request.title.trim().toLowerCase(),
  );
  if (sameTitle) {
    throw new AuthoringError(
      `release ${releaseId} already has an advisory titled "${sameTitle.data.title}" (${context.display(sameTitle.absolutePath)}); if this is another issue, give it a title of its own`,
    );
  }
  const id = advisoryFileId(request, (candidate) => findEntryFiles(context.roots, 'advisories', candidate).length > 0);
  const existing = findEntryFiles(context.roots, 'advisories', id);
  if (existing.length > 0) throw new AuthoringError(`advisory ${id} already exists: ${existing.map(context.display).join(', ')}`);

  const root = rootForNewEntries(context.roots, { public: args.flags.public === true });
  const path = join(root, 'advisories', `${id}.mdx`);
  validateAndWrite(context, [{ absolutePath: path, text: advisory.text }]);

  if (target && releasePhase(target.data, context.now) === 'announced') {
    context.warn(`release ${releaseId} is already pre-announced: its published counts per severity change with this advisory`);
  }
  for (const warning of advisory.warnings) context.warn(warning);
  if (!context.roots.privateContent && args.flags.public !== true) {
    context.warn(
      `${context.display(root)}/ is the public content folder: whoever reads this repository reads the advisory before its release; unless the repository is private, keep embargoed work in a private folder (BULLETIN_PRIVATE_DIR)`,
    );
  }

  context.info(`✓ advisory ${id} added to release ${releaseId} (${request.severity}); fill in its body, CWE, credits and references`);
  context.info(context.display(path));
});
