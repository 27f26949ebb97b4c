import { describe, expect, it } from 'vitest';
import { routeLog } from '../../scripts/lib/astro-route-log.ts';

// Astro's output as it arrives: routes drawn side by side share a line, and their timings land on lines of their own.
const OUTPUT = [
  '18:43:05 [build] Rearranging server assets...\n\n generating static routes \n',
  '18:43:05   ├─ /404.html18:43:05   ├─ /advisories/index.html (+38ms) \n (+36ms) \n',
  '18:43:05   ├─ /advisories/CVE-2023-30581/index.html (restored)\n18:43:05   ├─ /osv/x_NODE-CVE-20',
  '23-30581.json (cached)\n\u001b[2m18:43:05\u001b[22m   └─ /index.html (+22ms) \n',
  '18:43:05 ✓ Completed in 441ms.\n\n18:43:05 [build] 38 page(s) built in 2.41s\n',
];

function run(keepList: boolean) {
  const log = routeLog(keepList);
  const shown = OUTPUT.map((chunk) => log.take(chunk)).join('') + log.flush();
  return { shown, tally: log.tally() };
}

describe("Astro's list of routes in the build's output", () => {
  it('is counted, and left out of what the build shows', () => {
    const { shown, tally } = run(false);
    expect(tally).toEqual({ routes: 5, copied: 2 });
    expect(shown).toBe(
      '18:43:05 [build] Rearranging server assets...\n\n generating static routes \n18:43:05 ✓ Completed in 441ms.\n\n18:43:05 [build] 38 page(s) built in 2.41s\n',
    );
  });

  it('is shown whole when asked for, and counted the same', () => {
    const { shown, tally } = run(true);
    expect(tally).toEqual({ routes: 5, copied: 2 });
    expect(shown).toBe(OUTPUT.join(''));
  });

  it('keeps a message that landed on a route line while the page was drawn', () => {
    const log = routeLog(false);
    const shown = [
      '18:43:05   ├─ /advisories/a/index.html',
      '18:43:05 [WARN] [content] something to fix\n',
      ' (+3ms) \n18:43:06   ├─ /b/index.html18:43:06   ├─ /c/index.html (+2ms) \n',
    ]
      .map((chunk) => log.take(chunk))
      .join('');
    expect(shown).toBe('18:43:05 [WARN] [content] something to fix\n');
    expect(log.tally()).toEqual({ routes: 3, copied: 0 });
  });

  it('keeps an unfinished last line that is not a route', () => {
    const log = routeLog(false);
    expect(log.take('[build] Complete!')).toBe('');
    expect(log.flush()).toBe('[build] Complete!');
  });
});
