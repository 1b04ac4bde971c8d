/**
 * `npm run bench`: builds the site three times from clean, serves dist/ with
 * gzip on 127.0.0.1, and measures what readers get: requests and bytes by
 * type, JS before any interaction, time to the first search result, and
 * Lighthouse scores (mobile), the Total Blocking Time of two diagram
 * fixture pages in both languages, and of the longest chapter with its
 * style and layout time. Writes bench/results.json and bench/results.md and checks
 * the budgets. Not a test: its numbers depend on the
 * machine; run it on a quiet one.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../lib/chromium.ts';
import { startStaticServer } from '../lib/static-server.ts';
import { searchLatency } from './search-latency.ts';
import { DIAGRAM_BELOW, DIAGRAM_FIRST, writeDiagramFixtures } from './diagram-fixtures.ts';
import { buildContent, copyContent } from '../lib/content-build.ts';
import { offlineFigures } from './offline-figures.ts';
import { cardTimes } from './build-log.ts';
import { BUILD_ENV } from '../build-env.mjs';
import { formatSize, readExportReport, type ExportReport } from '../../src/export/node/downloads.ts';

const root = path.resolve(import.meta.dirname, '../..');
const dist = path.join(root, 'dist');
const port = 4351;
const origin = `http://127.0.0.1:${port}`;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

interface CleanBuild {
  seconds: number;
  pages: number;
  /** The PDF and EPUB per language (src/export), as the export reported them. */
  export: ExportReport;
  /** Drawing the social cards (src/social): the sum of their routes' generation times. */
  cards: { count: number; ms: number };
}

/** A build from nothing, everything on: the site, its social cards, the PDFs and EPUBs. */
function cleanBuild(): CleanBuild {
  rmSync(dist, { recursive: true, force: true });
  rmSync(path.join(root, 'node_modules/.astro'), { recursive: true, force: true });
  const reportFile = path.join(mkdtempSync(path.join(tmpdir(), 'bench-export-')), 'export.json');
  const started = performance.now();
  const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: root, encoding: 'utf8', env: { ...BUILD_ENV, ...process.env, EXPORT_REPORT: reportFile } });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`build failed:\n${run.stdout}\n${run.stderr}`);
  const pages = Number(/(\d+) page\(s\) built/.exec(run.stdout)?.[1] ?? 0);
  return { seconds, pages, export: readExportReport(reportFile), cards: cardTimes(run.stdout) };
}

interface PageWeight {
  path: string;
  requests: number;
  bytes: Record<'html' | 'css' | 'js' | 'font' | 'other', number>;
  count: Record<'html' | 'css' | 'js' | 'font' | 'other', number>;
  total: number;
  urls: string[];
}

/** What a first visit transfers, cold cache, until the network is quiet, without any interaction. */
async function weigh(browser: Browser, pagePath: string): Promise<PageWeight> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const types = new Map<string, { type: string; url: string }>();
  const sizes = new Map<string, number>();
  cdp.on('Network.responseReceived', (e) => types.set(e.requestId, { type: e.type, url: e.response.url }));
  cdp.on('Network.loadingFinished', (e) => sizes.set(e.requestId, e.encodedDataLength));
  await page.goto(origin + pagePath, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  const weight: PageWeight = {
    path: pagePath,
    requests: 0,
    bytes: { html: 0, css: 0, js: 0, font: 0, other: 0 },
    count: { html: 0, css: 0, js: 0, font: 0, other: 0 },
    total: 0,
    urls: [],
  };
  for (const [id, { type, url }] of types) {
    const size = sizes.get(id) ?? 0;
    const kind = ({ Document: 'html', Stylesheet: 'css', Script: 'js', Font: 'font' } as const)[type as 'Document'] ?? 'other';
    weight.bytes[kind] += size;
    weight.count[kind] += 1;
    weight.requests += 1;
    weight.total += size;
    weight.urls.push(new URL(url).pathname);
  }
  await context.close();
  return weight;
}

interface LighthouseRun {
  scores: Record<string, number>;
  /** Total Blocking Time, ms. */
  tbt: number;
  /** Main-thread time spent on style and layout, ms (Lighthouse's mainthread-work-breakdown). */
  styleLayout: number;
}

async function lighthouseScores(url: string): Promise<Record<string, number>> {
  return (await lighthouseRun(url)).scores;
}

async function lighthouseRun(url: string): Promise<LighthouseRun> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const categories = result?.lhr.categories ?? {};
    return {
      scores: Object.fromEntries(Object.entries(categories).map(([id, c]) => [id, Math.round((c.score ?? 0) * 100)])),
      tbt: result?.lhr.audits['total-blocking-time']?.numericValue ?? Number.NaN,
      styleLayout: ((result?.lhr.audits['mainthread-work-breakdown']?.details as { items?: { group: string; duration: number }[] } | undefined)?.items ?? [])
        .filter((item) => item.group === 'styleLayout')
        .reduce((sum, item) => sum + item.duration, 0),
    };
  } finally {
    chrome.kill();
  }
}

const builds = [cleanBuild(), cleanBuild(), cleanBuild()];
const buildSeconds = median(builds.map((b) => b.seconds));
const pagesBuilt = builds[0]!.pages;

const server = await startStaticServer({ dir: dist, port });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const pages = {
  home: ['/', '/en/'],
  /** A chapter of prose alone: no formulas, diagrams or code. */
  plain: ['/applications/', '/en/applications/'],
  math: ['/errata/', '/en/errata/'],
  diagram: ['/concepts/', '/en/concepts/'],
};
const weights: Record<string, PageWeight> = {};
for (const paths of Object.values(pages)) for (const p of paths) weights[p] = await weigh(browser, p);
const search = {
  zh: [0, 1, 2].map(() => 0),
  en: [0, 1, 2].map(() => 0),
};
for (let i = 0; i < 3; i += 1) {
  search.zh[i] = await searchLatency(browser, origin, '/algorithms/', '梯度');
  search.en[i] = await searchLatency(browser, origin, '/en/algorithms/', 'gradient');
}
const offline = await offlineFigures(browser, dist, origin);
await browser.close();
const scores: Record<string, Record<string, number>> = {};
for (const p of ['/', '/errata/', '/concepts/']) scores[p] = await lighthouseScores(origin + p);
/** The longest English chapter page as built (the whole-book page aside): its sections off screen are laid out only when reached. */
const longChapter = (() => {
  const en = path.join(dist, 'en');
  const sizes = readdirSync(en, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'book')
    .flatMap((d) => {
      try {
        return [{ page: `/en/${d.name}/`, bytes: statSync(path.join(en, d.name, 'index.html')).size }];
      } catch {
        return [];
      }
    });
  return sizes.sort((a, b) => b.bytes - a.bytes)[0]!.page;
})();
const longRuns: LighthouseRun[] = [];
for (let i = 0; i < 5; i += 1) longRuns.push(await lighthouseRun(origin + longChapter));
await server.close();

/**
 * Diagram pages, measured on two fixture chapters so that where the diagram
 * falls does not depend on the fonts installed: one opens with a diagram,
 * the other has its diagrams well below the first screen. Median of 3.
 */
function fixtureBuild(): string {
  const { dir, content } = copyContent('bench-diagrams-');
  writeDiagramFixtures(content);
  buildContent(dir);
  return dir;
}
const fixtureDir = fixtureBuild();
const fixtureServer = await startStaticServer({ dir: path.join(fixtureDir, 'dist'), port: port + 1 });
/** Each fixture in each language: `/bench-diagram-first/`, `/en/bench-diagram-first/`, … */
const diagramPaths = [DIAGRAM_FIRST, DIAGRAM_BELOW].flatMap((slug) => [`/${slug}/`, `/en/${slug}/`]);
const diagramRuns: Record<string, LighthouseRun[]> = {};
for (const pagePath of diagramPaths) {
  diagramRuns[pagePath] = [];
  for (let i = 0; i < 3; i += 1) diagramRuns[pagePath].push(await lighthouseRun(`http://127.0.0.1:${port + 1}${pagePath}`));
}
await fixtureServer.close();
rmSync(fixtureDir, { recursive: true, force: true });
const diagramMedian = (pagePath: string) => ({
  path: pagePath,
  tbt: median(diagramRuns[pagePath]!.map((r) => r.tbt)),
  performance: median(diagramRuns[pagePath]!.map((r) => r.scores.performance!)),
  runs: diagramRuns[pagePath]!.map((r) => `${Math.round(r.tbt)} ms / ${r.scores.performance}`).join(', '),
});
const diagramFirst = diagramPaths.filter((p) => p.includes(DIAGRAM_FIRST)).map(diagramMedian);
const diagramBelow = diagramPaths.filter((p) => p.includes(DIAGRAM_BELOW)).map(diagramMedian);

const katexFonts = (w: PageWeight) => w.urls.filter((u) => /KaTeX_/.test(u)).length;
/** Export and cards together, median of the builds. */
const addedMs = median(builds.map((b) => b.export.ms + b.cards.ms));
const exportFiles = builds[0]!.export.files.map((file) => ({
  path: file.path,
  bytes: median(builds.map((b) => b.export.files.find((f) => f.path === file.path)!.bytes)),
  ms: median(builds.map((b) => b.export.files.find((f) => f.path === file.path)!.ms)),
}));
const budgets = [
  ...pages.plain.map((p) => ({
    budget: `plain chapter ${p}: ≤ 25 KB in all, ≤ 8 KB JS`,
    measured: `${kb(weights[p]!.total)} KB, JS ${kb(weights[p]!.bytes.js)} KB`,
    pass: weights[p]!.total <= 25 * 1024 && weights[p]!.bytes.js <= 8 * 1024,
  })),
  ...pages.math.map((p) => ({
    budget: `math chapter ${p}: no KaTeX JS, only the KaTeX fonts it uses`,
    measured: `${weights[p]!.urls.filter((u) => /katex/i.test(u) && u.endsWith('.js')).length} KaTeX scripts, ${katexFonts(weights[p]!)} of 19 KaTeX fonts`,
    pass: !weights[p]!.urls.some((u) => /katex/i.test(u) && u.endsWith('.js')) && katexFonts(weights[p]!) < 19,
  })),
  ...diagramBelow.map((d) => ({
    budget: `diagrams all below the first screen, ${d.path}: Lighthouse TBT ≤ 100 ms and performance ≥ 98 (median of 3)`,
    measured: `TBT ${Math.round(d.tbt)} ms, performance ${d.performance} (runs: ${d.runs})`,
    pass: d.tbt <= 100 && d.performance >= 98,
  })),
  ...diagramFirst.map((d) => ({
    budget: `a diagram as the first element, ${d.path}: Lighthouse TBT ≤ 350 ms (median of 3)`,
    measured: `TBT ${Math.round(d.tbt)} ms, performance ${d.performance} (runs: ${d.runs})`,
    pass: d.tbt <= 350,
  })),
  {
    budget: `long chapter ${longChapter}: Lighthouse TBT ≤ 100 ms in each of 5 runs`,
    measured: `TBT ${longRuns.map((r) => Math.round(r.tbt)).join(', ')} ms; style and layout ${longRuns.map((r) => Math.round(r.styleLayout)).join(', ')} ms (median ${Math.round(median(longRuns.map((r) => r.styleLayout)))})`,
    pass: longRuns.every((r) => r.tbt <= 100),
  },
  {
    budget: 'first search result ≤ 150 ms after typing, cold cache (median of 3)',
    measured: `zh ${median(search.zh).toFixed(0)} ms, en ${median(search.en).toFixed(0)} ms`,
    pass: median(search.zh) <= 150 && median(search.en) <= 150,
  },
  ...Object.entries(scores).map(([p, s]) => ({
    budget: `Lighthouse accessibility, best practices, SEO = 100 on ${p}`,
    measured: `${s.accessibility} / ${s['best-practices']} / ${s.seo}`,
    pass: s.accessibility === 100 && s['best-practices'] === 100 && s.seo === 100,
  })),
  {
    budget: 'reading offline: a first visit precaches ≤ 150 KB; saving the book finishes in both languages (median of 3)',
    measured: `precache ${offline.precache.files} files, ${kb(offline.precache.bytes)} KB (${kb(offline.precache.gzipBytes)} KB gzip); saved book zh ${offline.books.zh.files} files, ${kb(offline.books.zh.bytes)} KB (${kb(offline.books.zh.gzipBytes)} KB gzip), saved in ${median(offline.saveMs.zh)} ms; en ${offline.books.en.files} files, ${kb(offline.books.en.bytes)} KB (${kb(offline.books.en.gzipBytes)} KB gzip), saved in ${median(offline.saveMs.en)} ms`,
    pass: offline.precache.bytes <= 150 * 1024,
  },
  {
    budget: 'what the book to take away adds to a build: PDFs, EPUBs and social cards ≤ 15 s (median of 3)',
    measured: `${(addedMs / 1000).toFixed(1)} s: export ${(median(builds.map((b) => b.export.ms)) / 1000).toFixed(1)} s (runs ${builds.map((b) => (b.export.ms / 1000).toFixed(1)).join(', ')}), ${builds[0]!.cards.count} cards ${(median(builds.map((b) => b.cards.ms)) / 1000).toFixed(1)} s`,
    pass: addedMs <= 15_000,
  },
  {
    budget: 'clean build, search index included: ≤ 0.9 s per page',
    measured: `${(buildSeconds / pagesBuilt).toFixed(2)} s per page (${buildSeconds.toFixed(1)} s, ${pagesBuilt} pages, median of 3)`,
    pass: buildSeconds / pagesBuilt <= 0.9,
  },
];

const results = {
  date: new Date().toISOString(),
  buildSeconds,
  pagesBuilt,
  builds,
  exportFiles,
  weights,
  search,
  lighthouse: scores,
  offline,
  diagramPages: diagramRuns,
  longChapter: { path: longChapter, runs: longRuns },
  budgets,
};
const table = [
  '| page (first visit, no interaction) | requests | HTML KB | CSS KB | JS KB | fonts KB | total KB |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...Object.values(weights).map(
    (w) =>
      `| ${w.path} | ${w.requests} | ${kb(w.bytes.html)} | ${kb(w.bytes.css)} | ${kb(w.bytes.js)} | ${kb(w.bytes.font)} | ${kb(w.total)} |`,
  ),
  '',
  '| Lighthouse (mobile) | performance | accessibility | best practices | SEO |',
  '| --- | ---: | ---: | ---: | ---: |',
  ...Object.entries(scores).map(([p, s]) => `| ${p} | ${s.performance} | ${s.accessibility} | ${s['best-practices']} | ${s.seo} |`),
  '',
  '| the book to take away (median of 3 builds) | size | time to make |',
  '| --- | ---: | ---: |',
  ...builds[0]!.export.pages.map((p) => `| /${p.locale === 'zh' ? '' : `${p.locale}/`}book/ opened and its ${p.diagrams} diagrams drawn | | ${median(builds.map((b) => b.export.pages.find((q) => q.locale === p.locale)!.ms))} ms |`),
  ...exportFiles.map((f) => `| ${f.path} | ${formatSize(f.bytes)} | ${f.ms} ms |`),
  `| whole export, languages in parallel | | ${median(builds.map((b) => b.export.ms))} ms |`,
  `| ${builds[0]!.cards.count} social cards | | ${median(builds.map((b) => b.cards.ms))} ms |`,
  '',
  '| budget | measured | |',
  '| --- | --- | --- |',
  ...budgets.map((b) => `| ${b.budget} | ${b.measured} | ${b.pass ? 'pass' : '**fail**'} |`),
  '',
];
mkdirSync(path.join(root, 'bench'), { recursive: true });
writeFileSync(path.join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(path.join(root, 'bench/results.md'), table.join('\n'));
console.log(table.join('\n'));
console.log(`Search, ms from typing to first result: zh ${search.zh.map((v) => v.toFixed(0)).join(', ')}; en ${search.en.map((v) => v.toFixed(0)).join(', ')}`);
process.exitCode = budgets.every((b) => b.pass) ? 0 : 1;
