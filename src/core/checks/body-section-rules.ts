import type { Diagnostic } from '../content/diagnostic.ts';
import { fencedLines } from '../content/fenced-lines.ts';
import { bodyProblem, type Rule } from './rule.ts';

/**
 * Sections an advisory page draws from the front matter. A body section of the same name repeats it, and a copy
 * kept by hand drifts: a table of fixed versions that disagrees with the release is worse than none.
 */
const DRAWN_FROM_FRONT_MATTER: { heading: RegExp; drawn: string }[] = [
  {
    heading: /^(affected|fixed)( release)?( versions| lines)?$|^(patched|fixed) versions$/i,
    drawn: 'the affected lines and their fixed versions',
  },
  { heading: /^(credits?|acknowledg(e)?ments?|thanks)$/i, drawn: 'the credits' },
  { heading: /^references$/i, drawn: 'the references' },
];

/** `## Credits` at any level, outside fenced code. */
function headings(body: string): { index: number; text: string }[] {
  const out: { index: number; text: string }[] = [];
  const lines = body.split('\n');
  const fenced = fencedLines(lines);
  for (const [index, line] of lines.entries()) {
    const match = fenced[index] ? null : /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (match?.[1]) out.push({ index, text: match[1] });
  }
  return out;
}

export const advisoryBodiesDoNotRepeatThePage: Rule = ({ content }) => {
  const out: Diagnostic[] = [];
  for (const advisory of content.advisories) {
    for (const { index, text } of headings(advisory.body)) {
      const repeated = DRAWN_FROM_FRONT_MATTER.find((section) => section.heading.test(text));
      if (!repeated) continue;
      out.push(
        bodyProblem(
          'warning',
          advisory,
          index,
          `the section "${text}" repeats ${repeated.drawn}, which the page shows from the front matter; remove it, or keep in it only what the front matter cannot say`,
        ),
      );
    }
  }
  return out;
};
