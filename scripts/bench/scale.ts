/**
 * `npm run bench:scale [-- --chapters=N] [--export=off]`: how the build and its pages grow
 * with the book. Copies the project's chapters (and its parts, glossary and
 * images) into a temporary folder, up to N chapters per language (copies keep
 * their original's part, so every part grows), builds that with the real
 * config, everything on, and prints the build's wall time, time per page, peak
 * memory (the build's, and with the Chromium the export runs), the social
 * cards' time, each PDF's and EPUB's size and time to make, the
 * search index's size and the HTML size of a chapter page and of a
 * whole-book page, and the time from typing a search to its first result
 * (cold cache, median of 3 per language). Nothing is written to content/ or dist/.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../lib/chromium.ts';
import { copyContent, measureBuild } from '../lib/content-build.ts';
import { formatSize, readExportReport } from '../../src/export/node/downloads.ts';
import { searchLatency } from './search-latency.ts';
import { buildPhases, cardTimes } from './build-log.ts';
import { startStaticServer } from '../lib/static-server.ts';

const arg = process.argv.find((a) => a.startsWith('--chapters='));
const target = Number(arg?.split('=')[1] ?? 300);
const keep = process.argv.includes('--keep');
/** --export=off: the build without its PDFs and EPUBs, to compare. */
const withExport = !process.argv.includes('--export=off');

/** Copies the content, then tops it up to N chapters per language with numbered copies of the chapters in turn. */
export function scaleContent(chapters: number): string {
  const { dir, content } = copyContent('bench-scale-');
  for (const locale of ['zh', 'en']) {
    const folder = path.join(content, locale);
    const originals = readdirSync(folder).filter((f) => f.endsWith('.mdx')).sort();
    for (let n = originals.length, copy = 2; n < chapters; copy += 1) {
      for (const file of originals) {
        if (n >= chapters) break;
        const source = readFileSync(path.join(folder, file), 'utf8');
        // Same part, placed after the originals; the title says which copy it is.
        // Labels are unique in a language: a copy's own labels, and its references to them, get the copy's number.
        const own = new Set([...source.matchAll(/^\(((?:fig|tbl|eq|sec)-[a-z0-9-]+)\)=/gm)].map((m) => m[1]!));
        const text = source
          .replace(/^title: (["']?)(.*)\1$/m, (_all, quote: string, title: string) => `title: ${quote}${title} ${copy}${quote}`)
          .replace(/^order: (\d+)$/m, (_all, order: string) => `order: ${Number(order) + copy * 1000}`)
          .replace(/((?:^\(|@))((?:fig|tbl|eq|sec)-[a-z0-9]+(?:-[a-z0-9]+)*)/gm, (all, lead: string, label: string) =>
            own.has(label) ? `${lead}${label}-copy${copy}` : all,
          );
        writeFileSync(path.join(folder, file.replace(/\.mdx$/, `-${copy}.mdx`)), text);
        n += 1;
      }
    }
  }
  return dir;
}

function folderSize(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? folderSize(full) : statSync(full).size;
  }
  return total;
}

/** A PDF's page count, from poppler's pdfinfo when it is installed. */
function pdfPages(file: string): string {
  try {
    return /^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? '?';
  } catch {
    return '? (no pdfinfo)';
  }
}

function htmlSize(file: string): string {
  const html = readFileSync(file);
  return `${(html.length / 1024).toFixed(1)} KB (${(gzipSync(html, { level: 9 }).length / 1024).toFixed(1)} KB gzip)`;
}

if (import.meta.main) {
  const dir = scaleContent(target);
  const out = path.join(dir, 'dist');
  const reportFile = path.join(dir, 'export.json');
  const run = await measureBuild(dir, { EXPORT: withExport ? 'on' : 'off', EXPORT_REPORT: reportFile });
  const { seconds } = run;
  const pages = Number(/(\d+) page\(s\) built/.exec(run.stdout)?.[1] ?? 0);
  const gb = (kb: number) => `${(kb / 1024 / 1024).toFixed(2)} GB`;
  console.log(`chapters per language: ${target}`);
  console.log(`pages built:           ${pages}`);
  console.log(`clean build:           ${seconds.toFixed(1)} s, ${(seconds / pages).toFixed(3)} s per page${withExport ? ', PDFs and EPUBs included' : ', no PDF or EPUB (--export=off)'}`);
  console.log(`peak memory:           build ${gb(run.peakBuildKb)} RSS; with Chromium ${gb(run.peakTreeKb)} (sum of PSS)`);
  const cards = cardTimes(run.stdout);
  console.log(`social cards:          ${cards.count} in ${(cards.ms / 1000).toFixed(1)} s`);
  if (withExport) {
    const report = readExportReport(reportFile);
    console.log(`export:                ${(report.ms / 1000).toFixed(1)} s in all, languages in parallel`);
    for (const page of report.pages) console.log(`  ${page.locale} book page:          opened, ${page.diagrams} diagrams drawn in ${(page.ms / 1000).toFixed(1)} s`);
    for (const file of report.files) console.log(`  ${path.basename(file.path).padEnd(36)} ${formatSize(file.bytes).padStart(8)}  ${(file.ms / 1000).toFixed(1)} s${file.path.endsWith('.pdf') ? `, ${pdfPages(path.join(out, file.path))} pages` : ''}`);
  }
  console.log(`search index:          ${(folderSize(path.join(out, 'pagefind')) / 1024).toFixed(0)} KB`);
  console.log(`build phases:          ${buildPhases(run.stdout)}`);
  // Astro logs each page with its generation time: "/book/index.html (+834ms)", or "(+1.2s)".
  const pageMs = (page: string) => {
    const match = new RegExp(`[─\\s]${page.replace(/\//g, '\\/')}index\\.html \\(\\+([\\d.]+)(ms|s)\\)`).exec(run.stdout);
    return match ? String(Math.round(Number(match[1]) * (match[2] === 's' ? 1000 : 1))) : '?';
  };
  console.log(`whole-book pages:      /book/ ${pageMs('/book/')} ms, /en/book/ ${pageMs('/en/book/')} ms to generate`);
  console.log(`/background/ HTML:     ${htmlSize(path.join(out, 'background/index.html'))}`);
  console.log(`/en/background/ HTML:  ${htmlSize(path.join(out, 'en/background/index.html'))}`);
  console.log(`/book/ HTML:           ${htmlSize(path.join(out, 'book/index.html'))}`);
  console.log(`offline:               ${/\[offline\] service worker: (.*) \(\d+ ms\)/.exec(run.stdout)?.[1] ?? '?'}`);
  const server = await startStaticServer({ dir: out, port: 4371 });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const origin = 'http://127.0.0.1:4371';
  const first = async (pagePath: string, query: string) => {
    const runs = [];
    for (let i = 0; i < 3; i += 1) runs.push(await searchLatency(browser, origin, pagePath, query));
    return runs.sort((a, b) => a - b)[1]!.toFixed(0);
  };
  console.log(`first search result:   zh ${await first('/algorithms/', '梯度')} ms, en ${await first('/en/algorithms/', 'gradient')} ms (median of 3, cold cache)`);
  await browser.close();
  await server.close();
  if (keep) console.log(`kept: ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
