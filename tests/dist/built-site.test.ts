import path from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtFiles } from '../../src/site/build/built-files';
import { findBrokenLinks } from '../support/link-check';
import { ROOT } from '../support/mdx';

/** Gates over the built sites (run after `npm run build` and `npm run build:subpath`). */
const sites = [
  { dir: 'dist', base: '/' },
  { dir: 'dist-guide', base: '/guide/' },
];

describe.each(sites)('the site built in $dir', ({ dir, base }) => {
  const root = path.join(ROOT, dir);

  it('has no broken internal link, asset or #anchor', () => {
    expect(findBrokenLinks(root, base).map((b) => `${b.page} → ${b.link}: ${b.reason}`)).toEqual([]);
  });

  it('is valid HTML (html-validate, config in .htmlvalidate.json)', async () => {
    // The loader reads .htmlvalidate.json, as the CLI does.
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const files = builtFiles(root, '**/*.html').map((file) => path.join(root, file));
    expect(files.length).toBeGreaterThanOrEqual(23);
    const errors: string[] = [];
    for (const file of files) {
      const report = await validator.validateFile(file);
      for (const result of report.results) {
        for (const m of result.messages) errors.push(`${path.relative(ROOT, file)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(errors).toEqual([]);
  });
});
