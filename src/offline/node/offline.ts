import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin, Rollup } from 'vite';
import { defaultLocale, htmlLang, locales, type Locale } from '../../i18n/locales';
import { builtFiles } from '../../site/node/built-files';
import { bookListPath, servedFile, type OfflineBook } from '../shared/offline-book';
import { chunkClosure, cssUrls, pagefindFiles, referencedFiles, type ChunkGraph, type ClientChunk, type PagefindEntry } from './offline-files';
import { removalWorker, serviceWorkerOptions } from './service-worker-config';
import { DOWNLOADS_DIR } from '../../export/node/downloads';
import { DIAGRAM_CHUNK_LIST } from '../../diagrams/shared/chunk-list';

export interface OfflineOptions {
  /** false writes a worker that unregisters itself instead (docs/offline.md). */
  enabled: boolean;
}

/**
 * Reading offline. After the pages and the Pagefind files are written, lists
 * each language's book (every page, the files they use, the math fonts, the
 * code drawing diagrams needs, that language's search index) in
 * `offline/<locale>.json`, then has Workbox generate `sw.js` from the built
 * files: it precaches the shell and caches whatever the reader opens or saves.
 * Must come after the search index in the integrations.
 */
export function offline({ enabled }: OfflineOptions): AstroIntegration {
  const graph = new Map<string, ClientChunk>();
  let base = '/';
  return {
    name: 'offline',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        updateConfig({ vite: { plugins: [chunkGraph(graph, fileURLToPath(config.srcDir))] } });
      },
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        if (!enabled) {
          writeFileSync(path.join(site, 'sw.js'), removalWorker(base));
          logger.info('offline reading is off: wrote a service worker that removes itself');
          return;
        }
        const started = performance.now();
        const built = builtSite(site, base);
        const { books, shell } = offlineFiles(built, graph);
        for (const locale of locales) {
          mkdirSync(path.dirname(path.join(site, bookListPath(locale))), { recursive: true });
          writeFileSync(path.join(site, bookListPath(locale)), JSON.stringify(books[locale]));
        }
        const precache = [...shell, ...locales.map(bookListPath)].map((url) => ({ url, revision: built.hash(url) }));
        // Loaded only here, and with require: Astro runs this file through Vite's module runner, which is closed by now.
        const { generateSW } = createRequire(import.meta.url)('workbox-build') as typeof import('workbox-build');
        const result = await generateSW(serviceWorkerOptions({ site, base, precache }));
        for (const warning of result.warnings) logger.warn(warning);
        const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;
        const precacheBytes = precache.reduce((sum, { url }) => sum + built.size(url), 0);
        logger.info(
          `service worker: precache ${result.count} files, ${kb(precacheBytes)}; saved book ${locales.map((l) => `${l} ${books[l].files.length} files, ${kb(books[l].bytes)}`).join('; ')} (${Math.round(performance.now() - started)} ms)`,
        );
      },
    },
  };
}

/** The shell every visit precaches, and each language's book. */
export function offlineFiles(built: BuiltSite, graph: ChunkGraph): { shell: string[]; books: Record<Locale, OfflineBook> } {
  const { site } = built;
  const pages = builtFiles(site, '**/index.html', ['pagefind/**', '_astro/**']).map((file) => file.slice(0, -'index.html'.length));
  const diagramChunks = readJson<string[]>(site, DIAGRAM_CHUNK_LIST) ?? [];
  const needs = new Map(pages.map((page) => [page, pageFiles(built, graph, page, diagramChunks)]));
  const shellPages = locales.flatMap((locale) => [homePath(locale), `${homePath(locale)}offline/`]);
  for (const page of shellPages) if (!needs.has(page)) throw new Error(`offline: the build has no ${page}index.html`);
  const shell = unique(shellPages.flatMap((page) => [servedFile(page), ...needs.get(page)!.static]));

  const pagefindEntry = readJson<PagefindEntry>(site, 'pagefind/pagefind-entry.json');
  if (!pagefindEntry) throw new Error('offline: no pagefind/pagefind-entry.json; the search index must be built first');
  const pagefindDir = path.join(site, 'pagefind');
  const pagefindAll = builtFiles(pagefindDir, '**');
  const hashes = new Set<string>();
  const books = Object.fromEntries(
    locales.map((locale) => {
      const own = pages.filter((page) => localeOfPage(page) === locale);
      const search = pagefindFiles(pagefindEntry, htmlLang[locale].toLowerCase(), pagefindAll).map((file) => `pagefind/${file}`);
      const diagrams = diagramChunks.length > 0 ? [DIAGRAM_CHUNK_LIST, ...diagramChunks] : [];
      const files = unique([...own, ...own.flatMap((page) => needs.get(page)!.all), ...diagrams, ...search]);
      const index = new Map(files.map((file, i) => [file, i]));
      // Pages mostly need the same files: each distinct set is listed once.
      const sets = new Map<string, number>();
      const bookNeeds: number[][] = [];
      const bookPages = Object.fromEntries(
        own.map((page) => {
          const set = needs.get(page)!.all.map((file) => index.get(file)).filter((i) => i !== undefined);
          const key = set.join(',');
          if (!sets.has(key)) sets.set(key, bookNeeds.push(set) - 1);
          return [page, sets.get(key)!];
        }),
      );
      const bytes = files.reduce((sum, file) => sum + built.size(servedFile(file)), 0);
      for (const file of files) hashes.add(`${file} ${built.hash(servedFile(file))}`);
      return [locale, { version: '', files, bytes, needs: bookNeeds, pages: bookPages }];
    }),
  ) as Record<Locale, OfflineBook>;
  const version = createHash('sha256').update([...hashes].sort().join('\n')).digest('hex').slice(0, 16);
  for (const locale of locales) books[locale].version = version;
  return { shell, books };
}

/** What a page needs: what it loads at once (`static`), and with what search and diagrams load later (`all`). */
function pageFiles(built: BuiltSite, graph: ChunkGraph, page: string, diagramChunks: readonly string[]): { static: string[]; all: string[] } {
  // Links to the chapter's Markdown are for tools, not for reading; the book's PDF and EPUB
  // (src/export) are downloads of megabytes, not part of the saved book.
  const referenced = referencedFiles(built.read(servedFile(page)), built.base).filter((file) => !file.endsWith('.md') && !file.startsWith(DOWNLOADS_DIR));
  const missing = referenced.filter((file) => !built.exists(file));
  if (missing.length > 0) throw new Error(`offline: ${page}index.html refers to ${missing.join(', ')}, which the build does not have`);
  const withFonts = (files: string[]) => unique(files.flatMap((file) => (file.endsWith('.css') ? [file, ...built.fontsOf(file)] : [file])));
  const all = withFonts(chunkClosure(graph, referenced, { dynamic: true }));
  // A page that draws diagrams fetches their list by its address before the code on it, while the
  // browser is idle: a reader who goes offline before that moment still needs it stored.
  // The list starts with the drawing entry; the chunks after it may be shared with pages without diagrams.
  if (diagramChunks[0] !== undefined && all.includes(diagramChunks[0])) all.push(DIAGRAM_CHUNK_LIST);
  return { static: withFonts(chunkClosure(graph, referenced)), all };
}

export type BuiltSite = ReturnType<typeof builtSite>;

/**
 * The built site's files, by path relative to its root. Every page shares its
 * stylesheets and scripts with the others, and both books share most files:
 * each is checked, read for its fonts and hashed once.
 */
function builtSite(site: string, base: string) {
  const once = <T>(compute: (file: string) => T) => {
    const done = new Map<string, T>();
    return (file: string): T => {
      if (!done.has(file)) done.set(file, compute(file));
      return done.get(file)!;
    };
  };
  const full = (file: string) => path.join(site, file);
  return {
    site,
    base,
    read: (file: string) => readFileSync(full(file), 'utf8'),
    exists: once((file) => existsSync(full(file))),
    size: (file: string) => statSync(full(file)).size,
    hash: once((file) => createHash('md5').update(readFileSync(full(file))).digest('hex')),
    fontsOf: once((css) => cssUrls(readFileSync(full(css), 'utf8'), css, base)),
  };
}

const homePath = (locale: Locale) => (locale === defaultLocale ? '' : `${locale}/`);
const localeOfPage = (page: string): Locale => locales.find((locale) => locale !== defaultLocale && page.startsWith(`${locale}/`)) ?? defaultLocale;
const unique = <T>(values: Iterable<T>) => [...new Set(values)];

function readJson<T>(site: string, file: string): T | undefined {
  const full = path.join(site, file);
  return existsSync(full) ? (JSON.parse(readFileSync(full, 'utf8')) as T) : undefined;
}

/**
 * Records the browser build's chunks: what each imports, and which chunks our
 * own code in it loads with `import()`, so the lists above can follow search
 * and diagrams without following every optional import of Mermaid's.
 */
function chunkGraph(graph: Map<string, ClientChunk>, srcDir: string): Plugin {
  return {
    name: 'offline-chunk-graph',
    apply: 'build',
    applyToEnvironment: (environment) => environment.name === 'client',
    generateBundle(_output, bundle) {
      const chunks = Object.values(bundle).filter((file): file is Rollup.OutputChunk => file.type === 'chunk');
      const chunkOf = new Map<string, string>();
      for (const chunk of chunks) for (const id of chunk.moduleIds) chunkOf.set(id, chunk.fileName);
      for (const chunk of chunks) {
        const ownDynamicImports = chunk.moduleIds
          .filter((id) => id.startsWith(srcDir))
          .flatMap((id) => this.getModuleInfo(id)?.dynamicallyImportedIds ?? [])
          .map((id) => chunkOf.get(id))
          .filter((file): file is string => file !== undefined && file !== chunk.fileName);
        const meta = chunk.viteMetadata;
        graph.set(chunk.fileName, {
          fileName: chunk.fileName,
          imports: chunk.imports,
          ownDynamicImports: unique(ownDynamicImports),
          assets: [...(meta?.importedCss ?? []), ...(meta?.importedAssets ?? [])],
        });
      }
    },
  };
}
