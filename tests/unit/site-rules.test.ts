import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { siteSettingsWarnings } from '../../src/core/checks/site-rules.ts';
import { formatDiagnostic } from '../../src/core/content/diagnostic.ts';
import { OSV_ECOSYSTEMS } from '../../src/core/exports/osv-ecosystems.ts';
import { OSV_PREFIXES } from '../../src/core/exports/osv-prefixes.ts';
import { loadSiteModel } from '../../src/core/load-site.ts';
import type { SiteConfig } from '../../src/core/schemas/site.ts';
import { PROJECT_ROOT } from '../helpers/build-site.ts';
import { contentFixture } from '../helpers/content-fixture.ts';

const schema = JSON.parse(readFileSync(new URL('../../../shared/schemas/osv-schema.json', import.meta.url), 'utf-8'));

function warningsFor(osv: Partial<SiteConfig['osv']>) {
  const site = { osv: { prefix: 'x_NODE', ecosystem: 'Node.js', package: 'node', ...osv } } as SiteConfig;
  return siteSettingsWarnings(site, 'content/site.yaml', () => 17).map(formatDiagnostic);
}

describe('site settings that OSV tools would reject or lose', () => {
  it('keeps the registered prefixes equal to those of the OSV schema', () => {
    const registered = /^\^\(x_\|\((.*)\)-\)$/.exec(schema.$defs.prefix.pattern)?.[1];
    const expanded = (registered ?? '').split('|').flatMap((prefix) => {
      const choice = /^(.*)\[(\w+)\](.*)$/.exec(prefix);
      return choice ? [...(choice[2] ?? '')].map((letter) => `${choice[1]}${letter}${choice[3]}`) : [prefix];
    });
    expect([...OSV_PREFIXES].sort()).toEqual(expanded.sort());
  });

  it('keeps the ecosystems equal to those a package may name in the OSV schema', () => {
    const named = /^\^\((.*)\)\(:\.\+\)\?\$$/.exec(schema.$defs.ecosystemWithSuffix.pattern)?.[1];
    expect([...OSV_ECOSYSTEMS].sort()).toEqual((named ?? '').replaceAll('\\.', '.').split('|').sort());
  });

  it('accepts x_ prefixes, registered ones, a runtime outside OSV, and an OSV ecosystem with its release', () => {
    expect(warningsFor({})).toEqual([]);
    expect(warningsFor({ prefix: 'GHSA', ecosystem: 'npm', purl: 'pkg:npm/undici' })).toEqual([]);
    expect(warningsFor({ prefix: 'SUSE-SU', ecosystem: 'Debian:12' })).toEqual([]);
  });

  it('warns of a prefix OSV does not register, naming the x_ form that it accepts', () => {
    expect(warningsFor({ prefix: 'NODESEC' })).toEqual([
      'warning content/site.yaml:17 osv.prefix: "NODESEC" is not a prefix OSV registers, so OSV tools reject the records\' ids; use "x_NODESEC" until it is registered',
    ]);
  });

  it('warns of a misspelt OSV ecosystem, which would leave the records without a package', () => {
    expect(warningsFor({ ecosystem: 'NPM' })).toEqual([
      'warning content/site.yaml:17 osv.ecosystem: "NPM" is not an OSV ecosystem, so the records name no package; expected "npm"',
    ]);
    expect(warningsFor({ ecosystem: 'crates-io' })[0]).toContain('expected "crates.io"');
    expect(warningsFor({ ecosystem: 'debian:12' })[0]).toContain('expected "Debian:12"');
  });

  it('warns that a purl is not published when the ecosystem is not one of OSV', () => {
    expect(warningsFor({ purl: 'pkg:generic/node' })).toEqual([
      'warning content/site.yaml:17 osv.purl: is not published: OSV records name a package only for an OSV ecosystem, and "Node.js" is not one',
    ]);
  });

  it('reaches the content check with the line of the field in site.yaml', () => {
    const fixture = contentFixture();
    fixture.write('site.yaml', fixture.read('site.yaml').replace('prefix: x_NODE', 'prefix: NODESEC'));
    const line =
      fixture
        .read('site.yaml')
        .split('\n')
        .findIndex((text) => text.includes('prefix: NODESEC')) + 1;
    const { model, diagnostics } = loadSiteModel({ projectRoot: PROJECT_ROOT, content: fixture.root }, new Date('2023-07-20T00:00:00Z'));
    expect(model).toBeDefined();
    expect(diagnostics.map((diagnostic) => [diagnostic.level, diagnostic.field, diagnostic.line])).toEqual([
      ['warning', 'osv.prefix', line],
    ]);
  });
});
