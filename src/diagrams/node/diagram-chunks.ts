import type { Plugin, Rollup } from 'vite';

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;

export interface DiagramChunkOptions {
  /** The module that draws diagrams (src/diagrams/browser/diagram-render.ts). */
  entry: RegExp;
  /** Chunks that module loads later with `import()` that drawing needs too: Mermaid's flowchart and dagre layout. */
  dynamic: readonly RegExp[];
  /** Where the list goes, relative to the site's root. */
  fileName: string;
}

/**
 * The files drawing a diagram needs: the entry chunk first (offline reading
 * knows a page that draws by it), then the chunks it imports and the chosen
 * chunks it imports dynamically with theirs, each once.
 */
export function diagramChunks(bundle: OutputBundle, options: Pick<DiagramChunkOptions, 'entry' | 'dynamic'>): string[] {
  const chunks = Object.values(bundle).filter((file): file is OutputChunk => file.type === 'chunk');
  const entry = chunks.find((chunk) => chunk.facadeModuleId !== null && options.entry.test(chunk.facadeModuleId));
  if (!entry) return [];
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const seen = new Set<string>();
  const visit = (fileName: string) => {
    if (seen.has(fileName)) return;
    const chunk = byName.get(fileName);
    if (!chunk) return;
    seen.add(fileName);
    for (const imported of chunk.imports) visit(imported);
    for (const dynamic of chunk.dynamicImports) {
      const base = dynamic.split('/').pop() ?? dynamic;
      if (options.dynamic.some((pattern) => pattern.test(base))) visit(dynamic);
    }
  };
  visit(entry.fileName);
  return [...seen];
}

/**
 * Writes the list of files drawing a diagram needs (`diagram-chunks.json`,
 * URLs relative to the site's root) in the browser build, so that a page
 * with diagrams can fetch them ahead, a few at a time while the browser is
 * idle, without running any of them until a diagram comes into view.
 */
export function diagramChunkList(options: DiagramChunkOptions): Plugin {
  return {
    name: 'diagram-chunk-list',
    apply: 'build',
    applyToEnvironment: (environment) => environment.name === 'client',
    generateBundle(_output, bundle) {
      const files = diagramChunks(bundle, options);
      if (files.length === 0) return;
      this.emitFile({ type: 'asset', fileName: options.fileName, source: JSON.stringify(files) });
    },
  };
}
