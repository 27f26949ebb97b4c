import { createRequire } from 'node:module';
import { join } from 'node:path';
import { type ConfigData, formatterFactory, HtmlValidate, type Result, StaticConfigLoader } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuiltSite } from '../helpers/build-site.ts';
import { PROJECT_ROOT } from '../helpers/build-site.ts';
import { htmlPages, SAMPLE_MOMENTS, type SampleMoment, sampleSite } from './sample-sites.ts';

const config = createRequire(import.meta.url)(join(PROJECT_ROOT, '.htmlvalidate.cjs')) as ConfigData;

describe.each(Object.keys(SAMPLE_MOMENTS) as SampleMoment[])('HTML of the sample site, %s', (moment) => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await sampleSite(moment);
  });

  it('validates on every page with the committed rules', async () => {
    const validator = new HtmlValidate(new StaticConfigLoader(config));
    const pages = htmlPages(site);
    expect(pages.length).toBeGreaterThan(5);
    const results: Result[] = [];
    for (const page of pages) {
      const report = await validator.validateFile(join(site.outDir, page));
      results.push(...report.results);
    }
    const problems = results.flatMap((result) => result.messages).filter((message) => message.severity >= 2);
    expect(problems.length, formatterFactory('text')(results)).toBe(0);
  });
});

describe('the html-validate configuration', () => {
  it('extends the recommended rules and relaxes only rules that exist', async () => {
    expect(config.root).toBe(true);
    expect(config.extends).toContain('html-validate:recommended');
    const { ruleExists } = await import('html-validate');
    for (const rule of Object.keys(config.rules ?? {})) expect(ruleExists(rule), rule).toBe(true);
  });
});
