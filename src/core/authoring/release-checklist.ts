import { formatDateTime } from '../format/dates.ts';
import { lineMajor, lineMinor } from '../versions/version.ts';

export interface ChecklistInput {
  id: string;
  lines: string[];
  announcedAt: string;
  /** Whether the release was written to the private content folder. */
  inPrivateRoot: boolean;
}

/** The steps left after `release:new`, in order, with the exact commands to run. */
export function releaseChecklist(input: ChecklistInput): string[] {
  const { id, lines, announcedAt } = input;
  // 20.x → 20.y.z, 4.2.x → 4.2.z: the placeholder keeps what the line fixes.
  const exampleVersions = lines
    .map((line) => (lineMinor(line) === undefined ? `${lineMajor(line)}.y.z` : line.replace(/x$/, 'z')))
    .join(',');
  const steps = [
    `Add one advisory per vulnerability: npm run advisory:new -- --release ${id} --title "…" --severity high --lines ${lines.join(',')}`,
    `List the dependency updates the release ships (name, version, lines, links) under dependencies: in the release file`,
    `Check everything: npm run check`,
    `Preview the pre-announcement: BULLETIN_NOW=${announcedAt} npm run build -- --out /tmp/bulletin-preview`,
    input.inPrivateRoot
      ? `The release lives in the private content folder: the scheduled build must see BULLETIN_PRIVATE_DIR by ${formatDateTime(announcedAt)} (docs/deployment.md)`
      : `Commit and push before ${formatDateTime(announcedAt)}; the scheduled build publishes the pre-announcement then`,
    `If the date moves: npm run release:postpone -- ${id} --to YYYY-MM-DD --note "why"`,
    `Before release day: give every advisory its CVE id, summary and credits`,
    `On release day: npm run release:publish -- ${id} --versions ${exampleVersions} [--at ISO time]`,
  ];
  return steps.map((step, index) => `  ${index + 1}. ${step}`);
}
