import { loadContent } from '../src/core/content/load.ts';
import { formatMoment } from '../src/core/format/dates.ts';
import { scheduledPublications } from '../src/core/lifecycle/scheduled-publications.ts';
import { parseCommandArgs } from './lib/cli/args.ts';
import { runCommand } from './lib/cli/command.ts';

const USAGE = 'npm run schedule [-- --next]';

runCommand('schedule', USAGE, (context) => {
  const args = parseCommandArgs(process.argv.slice(2), { next: { type: 'boolean' } }, { min: 0, max: 0 });
  const { partial } = loadContent(context.roots);
  const upcoming = scheduledPublications(partial, context.now);
  const broken = partial.sources.filter((source) => !source.valid && source.collection !== 'lines' && source.collection !== 'initiatives');
  // Files that do not load hold moments this list cannot see: it would promise a quiet time that is not.
  if (broken.length > 0) {
    context.warn(
      `${broken.length === 1 ? '1 file does' : `${broken.length} files do`} not load and ${broken.length === 1 ? 'is' : 'are'} left out (npm run check lists why): ${broken.map((source) => source.file).join(', ')}`,
    );
  }
  if (args.flags.next) {
    if (upcoming[0]) context.info(upcoming[0].at);
    return;
  }
  const since = formatMoment(context.now);
  if (upcoming.length === 0) {
    context.info(`Nothing is scheduled after ${since}: the site changes only when new content lands.`);
    return;
  }
  context.info(`Scheduled after ${since}; the site changes at each moment, once a build runs at or after it:`);
  for (const item of upcoming) context.info(`  ${item.at}  ${item.what}`);
});
