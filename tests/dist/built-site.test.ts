import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtFiles } from '../../src/site/node/built-files';
import { findBrokenLinks } from '../support/link-check';
import { ROOT } from '../../scripts/lib/mdx';

/** Gates over the built sites (run after `npm run build` and `npm run build:subpath`). */
const sites = [
  { dir: 'dist', base: '/' },
  { dir: 'dist-guide', base: '/guide/' },
];

describe.each(sites)('the site built in $dir', ({ dir, base }) => {
  const root = path.join(ROOT, dir);

  const pages = () => builtFiles(root, '**/*.html', ['pagefind/**']).map((file) => ({ file, html: readFileSync(path.join(root, file), 'utf8') }));

  it('lets every inline script run: its hash is in the page’s Content-Security-Policy', () => {
    const blocked: string[] = [];
    let inline = 0;
    for (const { file, html } of pages()) {
      const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1]?.replace(/&#39;/g, "'") ?? '';
      const scriptSrc = /script-src ([^;]+)/.exec(policy)?.[1] ?? '';
      for (const [, body] of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
        inline += 1;
        const hash = `'sha256-${createHash('sha256').update(body!).digest('base64')}'`;
        if (!scriptSrc.includes(hash)) blocked.push(`${file}: an inline script hashed ${hash} is not in script-src`);
      }
    }
    expect(inline).toBeGreaterThan(0);
    expect(blocked).toEqual([]);
  });

  it('links each page to the web app manifest of its language, in the HTML itself', () => {
    const wrong = pages().flatMap(({ file, html }) => {
        const home = file.startsWith('en/') ? `${base}en/` : base;
        const head = html.slice(0, html.indexOf('</head>'));
        return head.includes(`<link rel="manifest" href="${home}manifest.webmanifest">`) ? [] : [file];
      });
    expect(wrong).toEqual([]);
  });

  it('bundles Mermaid with the fast copy of its configuration (src/diagrams/node/mermaid-config-copy.ts)', () => {
    // Minified: getConfig = n(() => typeof X == "object" && X && !Array.isArray(X) ? fast(X, 2) : assignWithDepth({}, X), "getConfig")
    const q = '[`"\']';
    const definition = new RegExp(`=>typeof ([\\w$]+)==${q}object${q}&&\\1&&!Array\\.isArray\\(\\1\\)\\?[\\w$]+\\(\\1,2\\):[\\w$]+\\(\\{\\},\\1\\),${q}getConfig${q}\\)`);
    const scripts = builtFiles(root, '_astro/*.js').map((file) => readFileSync(path.join(root, file), 'utf8'));
    // Mermaid's own: getConfig = n(() => assignWithDepth({}, X), "getConfig")
    const original = new RegExp(`=>[\\w$]+\\(\\{\\},[\\w$]+\\),${q}getConfig${q}\\)`);
    expect(scripts.filter((code) => definition.test(code))).toHaveLength(1);
    expect(scripts.filter((code) => original.test(code))).toHaveLength(0);
  });

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
