/** Text escaping and line folding of RFC 5545 (iCalendar), section 3.1 and 3.3.11. */

const MAX_OCTETS = 75;

export function escapeIcsText(text: string): string {
  return text.replaceAll('\\', '\\\\').replaceAll(';', '\\;').replaceAll(',', '\\,').replace(/\r?\n/g, '\\n');
}

/**
 * Folds a content line so that no physical line exceeds 75 octets (UTF-8), never splitting a character; each
 * continuation line starts with a space that counts towards its 75.
 */
export function foldIcsLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** `20230620` for a YYYY-MM-DD date. */
export function icsDate(date: string): string {
  return date.replaceAll('-', '');
}

/** `20230613T200000Z` for a moment, in UTC. */
export function icsDateTime(moment: Date | string): string {
  return new Date(moment)
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replaceAll('-', '')
    .replaceAll(':', '');
}

/** Joins content lines with CRLF, folded, ending with CRLF as the format requires. */
export function icsDocument(lines: string[]): string {
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}
