/**
 * Prints each chapter's prose, counted as the reading-time estimate counts it
 * (code, formulas and diagrams excluded): English words and Chinese characters;
 * then the citations, and the numbers the tested examples print.
 *
 *   node scripts/word-count.ts              the content as it is
 *   node scripts/word-count.ts --base REF   beside the content at a git commit
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { evidenceCounts, proseCounts, type EvidenceCounts, type ProseCounts } from './lib/prose.ts';
import { CONTENT_DIR, ROOT } from './lib/mdx.ts';

function contentAt(ref: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'word-count-'));
  execFileSync('sh', ['-c', `git archive "${ref}" content | tar -x -C "${dir}"`], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  return dir;
}

const baseIndex = process.argv.indexOf('--base');
const baseRef = baseIndex > 0 ? process.argv[baseIndex + 1] : undefined;
const now = proseCounts(CONTENT_DIR);
let before: ProseCounts | undefined;
let evidenceBefore: EvidenceCounts | undefined;
if (baseRef) {
  const dir = contentAt(baseRef);
  try {
    before = proseCounts(path.join(dir, 'content'));
    evidenceBefore = evidenceCounts(path.join(dir, 'content'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const slugs = [...new Set([...now.chapters.keys(), ...(before?.chapters.keys() ?? [])])];
const cell = (n: number | undefined) => (n === undefined ? '–' : n.toLocaleString('en'));
const rows = slugs.map((slug) => {
  const a = before?.chapters.get(slug);
  const b = now.chapters.get(slug);
  return before
    ? `| ${slug} | ${cell(a?.en)} | ${cell(b?.en)} | ${cell(a?.zh)} | ${cell(b?.zh)} |`
    : `| ${slug} | ${cell(b?.en)} | ${cell(b?.zh)} |`;
});
const total = (c: ProseCounts | undefined, key: 'en' | 'zh') => (c ? c.book[key] : undefined);
console.log(before ? `| chapter | en words (${baseRef}) | en words (now) | zh characters (${baseRef}) | zh characters (now) |` : '| chapter | en words | zh characters |');
console.log(before ? '| --- | ---: | ---: | ---: | ---: |' : '| --- | ---: | ---: |');
for (const row of rows) console.log(row);
const book = before
  ? `| **chapters, errata and glossary aside** | ${cell(total(before, 'en'))} | ${cell(total(now, 'en'))} | ${cell(total(before, 'zh'))} | ${cell(total(now, 'zh'))} |`
  : `| **chapters, errata and glossary aside** | ${cell(total(now, 'en'))} | ${cell(total(now, 'zh'))} |`;
console.log(book);

const evidence = evidenceCounts();
const pair = (key: keyof EvidenceCounts) => (evidenceBefore ? `${cell(evidenceBefore[key])} → ${cell(evidence[key])}` : cell(evidence[key]));
console.log('');
console.log(`Citations in the English chapters: ${pair('citations')}; distinct sources cited: ${pair('sources')}.`);
console.log(`Python examples run by the tests with their output compared (per language): ${pair('examples')}, printing ${pair('numbersChecked')} numbers.`);
