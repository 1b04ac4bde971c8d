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
import { allChapters, CONTENT_DIR, ROOT } from './lib/mdx.ts';

function contentAt(ref: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'word-count-'));
  execFileSync('sh', ['-c', `git archive "${ref}" content | tar -x -C "${dir}"`], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  return dir;
}

const baseIndex = process.argv.indexOf('--base');
const baseRef = baseIndex > 0 ? process.argv[baseIndex + 1] : undefined;
// Each version's chapters are parsed once, for both counts.
const current = allChapters(CONTENT_DIR);
const now = proseCounts(current);
const evidence = evidenceCounts(current);
let before: ProseCounts | undefined;
let evidenceBefore: EvidenceCounts | undefined;
if (baseRef) {
  const dir = contentAt(baseRef);
  try {
    const old = allChapters(path.join(dir, 'content'));
    before = proseCounts(old);
    evidenceBefore = evidenceCounts(old);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const cell = (n: number | undefined) => (n === undefined ? '–' : n.toLocaleString('en'));
/** Before and now side by side when there is a base, else now alone. */
const columns = <T,>(pick: (c: T | undefined) => number | undefined, a: T | undefined, b: T | undefined) => (before ? [pick(a), pick(b)] : [pick(b)]);
const row = (label: string, a: { en?: number; zh?: number } | undefined, b: { en?: number; zh?: number } | undefined) =>
  `| ${label} | ${[...columns((c) => c?.en, a, b), ...columns((c) => c?.zh, a, b)].map(cell).join(' | ')} |`;
console.log(before ? `| chapter | en words (${baseRef}) | en words (now) | zh characters (${baseRef}) | zh characters (now) |` : '| chapter | en words | zh characters |');
console.log(before ? '| --- | ---: | ---: | ---: | ---: |' : '| --- | ---: | ---: |');
for (const slug of new Set([...now.chapters.keys(), ...(before?.chapters.keys() ?? [])])) console.log(row(slug, before?.chapters.get(slug), now.chapters.get(slug)));
console.log(row('**chapters, errata and glossary aside**', before?.book, now.book));

const pair = (key: keyof EvidenceCounts) => (evidenceBefore ? `${cell(evidenceBefore[key])} → ${cell(evidence[key])}` : cell(evidence[key]));
console.log('');
console.log(`Citations in the English chapters: ${pair('citations')}; distinct sources cited: ${pair('sources')}.`);
console.log(`Python examples run by the tests with their output compared (per language): ${pair('examples')}, printing ${pair('numbersChecked')} numbers.`);
