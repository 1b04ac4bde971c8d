/**
 * Which built files reading offline needs: what each page refers to, the
 * scripts those pull in, the fonts their stylesheets name. Paths are relative
 * to the site's root (`_astro/x.css`, `en/algorithms/`), as the service
 * worker's precache and the saved-book lists use them.
 */

/** One browser chunk of the build, as the bundler reported it (src/offline/node/offline.ts). */
export interface ClientChunk {
  /** `_astro/search-ui.DSBJLlDo.js` */
  fileName: string;
  /** Chunks it imports statically: loading it loads them. */
  imports: readonly string[];
  /** Chunks our own code in it loads with `import()` (search, diagrams), not the dependencies' optional ones. */
  ownDynamicImports: readonly string[];
  /** Stylesheets and other files (`?url` imports) it refers to. */
  assets: readonly string[];
}

export type ChunkGraph = ReadonlyMap<string, ClientChunk>;

const ATTRIBUTE = /\s(?:src|href|srcset)="([^"]*)"/g;

/**
 * The site's own files a built page refers to in `src`, `href` and `srcset`:
 * scripts, stylesheets, images, icons, the manifest. Links to pages (paths
 * ending in `/`), to other sites and relative links are not files to fetch.
 */
export function referencedFiles(html: string, base: string): string[] {
  const files = new Set<string>();
  for (const [, raw = ''] of html.matchAll(ATTRIBUTE)) {
    const value = raw.replace(/&amp;/g, '&');
    const candidates = value.includes(',') || /\s\d+[wx]\s*$/.test(value) ? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [value];
    for (const candidate of candidates) {
      if (!candidate.startsWith(base)) continue;
      const file = candidate.slice(base.length).replace(/[?#].*$/, '');
      if (file === '' || file.endsWith('/')) continue;
      files.add(decodeURI(file));
    }
  }
  return [...files];
}

/**
 * The files a stylesheet at `cssPath` (relative to the site's root) names in
 * `url(…)`, such as KaTeX's fonts, resolved against it; data: URLs and other
 * sites are not files of the site.
 */
export function cssUrls(css: string, cssPath: string, base: string): string[] {
  const files = new Set<string>();
  for (const [, , raw = ''] of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) {
    const value = raw.replace(/[?#].*$/, '');
    if (/^(data:|[a-z]+:|\/\/)/i.test(value)) continue;
    const root = 'https://site.invalid';
    const resolved = new URL(value, `${root}${base}${cssPath}`).pathname;
    if (resolved.startsWith(base)) files.add(decodeURI(resolved.slice(base.length)));
  }
  return [...files];
}

/**
 * Every chunk and asset loading `roots` brings in: static imports always, and
 * with `dynamic`, the chunks our own code loads later with `import()`.
 */
export function chunkClosure(graph: ChunkGraph, roots: Iterable<string>, { dynamic = false } = {}): string[] {
  const seen = new Set<string>();
  const visit = (fileName: string) => {
    if (seen.has(fileName)) return;
    seen.add(fileName);
    const chunk = graph.get(fileName);
    if (!chunk) return;
    for (const asset of chunk.assets) seen.add(asset);
    for (const imported of chunk.imports) visit(imported);
    if (dynamic) for (const imported of chunk.ownDynamicImports) visit(imported);
  };
  for (const root of roots) visit(root);
  return [...seen];
}

/**
 * Pagefind's files for one language (its key in pagefind-entry.json, such as
 * `zh-cn`): the loader and its worker, that language's WebAssembly and
 * metadata, and every index, fragment and filter chunk named for it.
 * `files` are the paths of everything in the bundle folder, relative to it.
 */
export function pagefindFiles(entry: PagefindEntry, language: string, files: readonly string[]): string[] {
  const info = entry.languages[language];
  if (!info) throw new Error(`Pagefind has no index for language "${language}" (it has ${Object.keys(entry.languages).join(', ')})`);
  const own = (file: string) => /^(index|fragment|filter)\//.test(file) && file.split('/')[1]!.startsWith(`${language}_`);
  const core = ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', 'pagefind-highlight.js', `wasm.${info.wasm ?? 'unknown'}.pagefind`, `pagefind.${info.hash}.pf_meta`];
  const missing = core.filter((file) => !files.includes(file));
  if (missing.length > 0) throw new Error(`Pagefind's bundle lacks ${missing.join(', ')}`);
  return [...core, ...files.filter(own)];
}

export interface PagefindEntry {
  languages: Record<string, { hash: string; wasm: string | null }>;
}
