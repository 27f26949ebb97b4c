/**
 * Plain database text made safe for an MDX body. The text is Markdown already (`**http**`, code spans), but MDX reads
 * `<`, `{` and `}` as JSX and expressions, and lines starting with import/export as code. Code spans stay as they are,
 * since MDX takes them literally.
 */
export function mdxSafeText(text: string): string {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\s+$/, ''));
  return lines
    .map((line) =>
      line
        // MDX has no <https://…> autolinks; a bare URL becomes a link all the same (GFM).
        .replace(/<(https?:\/\/[^<>\s]+)>/g, '$1')
        .split(/(`[^`]*`)/)
        .map((part, index) => (index % 2 === 1 ? part : escapeOutsideCode(part)))
        .join(''),
    )
    .map((line) =>
      line.replace(/^(\s*)(import|export)\b/, (_match, space: string, word: string) => `${space}&#${word.charCodeAt(0)};${word.slice(1)}`),
    )
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function escapeOutsideCode(text: string): string {
  return text.replace(/[<>{}]/g, (character) => `\\${character}`);
}

/** Text for one line of YAML or a title: whitespace collapsed. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Titles and summaries are shown as plain text, where Markdown's code and bold marks would show as such. */
export function plainText(text: string): string {
  return text
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/<(https?:\/\/[^<>\s]+)>/g, '$1');
}

/** The first paragraph of a text, on one line. */
export function firstParagraph(text: string): string {
  return plainText(oneLine(text.trim().split(/\n\s*\n/)[0] ?? ''));
}

const TITLE_LIMIT = 120;

/** A title from running text: its first sentence, cut at a word when long. */
export function titleFrom(text: string): string {
  const paragraph = firstParagraph(text);
  const sentence = /^(.+?[.!?])(?:\s|$)/.exec(paragraph)?.[1] ?? paragraph;
  const trimmed = sentence.replace(/[.]$/, '');
  if (trimmed.length <= TITLE_LIMIT) return trimmed;
  const cut = trimmed.slice(0, TITLE_LIMIT);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 40 ? cut.lastIndexOf(' ') : TITLE_LIMIT)}…`;
}
