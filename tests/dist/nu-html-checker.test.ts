import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtFiles } from '../../src/site/node/built-files';
import { ROOT } from '../../scripts/lib/mdx';
import { judge, runNuChecker, type Verdict } from '../support/nu-checker';

/**
 * Every built page through the W3C's Nu HTML Checker (vnu-jar, needs Java 17+),
 * after `npm run build` and `npm run build:subpath`.
 *
 * Errors fail, and so do the checker's warnings: there are few, each one so far
 * was ours to fix (a section without a heading) or is a listed false alarm, and
 * they include its CSP check, which catches an inline script whose hash is
 * missing from the policy. Plain info messages are not asked for.
 *
 * Upstream messages we cannot fix here are in UPSTREAM_IGNORES
 * (tests/support/nu-checker.ts), each matched with the markup it points at.
 */
const sites = [
  { dir: 'dist', base: '/' },
  { dir: 'dist-guide', base: '/guide/' },
];

let verdict: Verdict;

beforeAll(async () => {
  for (const { dir } of sites) {
    // No silent skip: a missing build is a failure that says what to run.
    if (!existsSync(path.join(ROOT, dir))) throw new Error(`${dir}/ is missing: run \`npm run build\` and \`npm run build:subpath\` first.`);
  }
  const started = performance.now();
  // One java process for both sites: the JVM's start-up costs seconds.
  const messages = await runNuChecker(sites.map(({ dir }) => path.join(ROOT, dir)));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  verdict = judge(messages, ROOT);

  const pages = sites.reduce((n, { dir }) => n + builtFiles(path.join(ROOT, dir), '**/*.html').length, 0);
  const ignored = [...verdict.ignored].map(([id, n]) => `${id} ${n}`).join(', ') || 'none';
  console.log(`Nu HTML Checker: ${pages} pages in ${seconds} s; upstream messages ignored: ${ignored}.`);
  // An entry that matched nothing is only a warning, not a failure: it may be
  // fixed upstream, or match only pages a content change removed, and a
  // dependency upgrade should not fail the tests for good news. The line says
  // which entry to delete.
  for (const entry of verdict.unused) {
    console.warn(`Nu HTML Checker: ignore entry "${entry.id}" (${entry.package}) matched nothing: if upstream fixed it, delete the entry.`);
  }
}, 300_000);

describe.each(sites)('the site built in $dir', ({ dir }) => {
  it('passes the Nu HTML Checker: no error or warning but the listed upstream ones', () => {
    expect(builtFiles(path.join(ROOT, dir), '**/*.html').length).toBeGreaterThanOrEqual(23);
    // One line per message: file:line:column, the checker's message, and the markup it flagged.
    const ours = verdict.failures.filter((line) => line.startsWith(`${dir}${path.sep}`));
    expect(ours).toEqual([]);
  });
});

it('gets no message about a file outside the built sites', () => {
  const elsewhere = verdict.failures.filter((line) => !sites.some(({ dir }) => line.startsWith(`${dir}${path.sep}`)));
  expect(elsewhere).toEqual([]);
});
