import { runCheckCommand } from '../src/core/checks/check-command.ts';
import { wantsColour } from '../src/core/checks/format-report.ts';
import { PROJECT_ROOT } from './lib/project.ts';

try {
  const result = runCheckCommand({
    argv: process.argv.slice(2),
    env: process.env,
    projectRoot: PROJECT_ROOT,
    colour: wantsColour(process.stdout.isTTY, process.env),
  });
  console.log(result.lines.join('\n'));
  process.exitCode = result.exitCode;
} catch (error) {
  // A fault in the checker itself, not in content: one line of cause first, the stack only on request.
  console.error(`✗ check stopped unexpectedly: ${(error as Error).message ?? String(error)}`);
  if (process.env.BULLETIN_DEBUG) console.error((error as Error).stack);
  else console.error('  run again with BULLETIN_DEBUG=1 for the stack trace');
  process.exitCode = 2;
}
