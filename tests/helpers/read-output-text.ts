import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

const isGzip = (bytes: Buffer) => bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;

/**
 * The text of a built file as a scan for leaked content must see it. Pagefind writes its index, fragments and
 * filters (`*.pf_fragment`, `*.pf_index`, `*.pf_meta`, `*.pf_filter`) gzip-compressed, so a plain read would hide a
 * leaked title or CVE id; any gzip file is read decompressed. Binary parts decode lossily, which keeps their strings.
 */
export function readOutputText(path: string): string {
  const bytes = readFileSync(path);
  return (isGzip(bytes) ? gunzipSync(bytes) : bytes).toString('utf-8');
}

/** Every file under a built site with its readable text, paths relative to the site and with forward slashes. */
export function outputTexts(outDir: string): { path: string; text: string }[] {
  return readdirSync(outDir, { recursive: true, encoding: 'utf-8' })
    .filter((path) => statSync(join(outDir, path)).isFile())
    .map((path) => ({ path: path.split('\\').join('/'), text: readOutputText(join(outDir, path)) }))
    .sort((a, b) => a.path.localeCompare(b.path));
}
