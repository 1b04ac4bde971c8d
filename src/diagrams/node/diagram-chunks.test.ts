import type { Rollup } from 'vite';
import { describe, expect, it } from 'vitest';
import { diagramChunks } from './diagram-chunks';

const chunk = (fileName: string, imports: string[] = [], dynamicImports: string[] = [], facadeModuleId: string | null = null) =>
  ({ type: 'chunk', fileName, imports, dynamicImports, facadeModuleId }) as unknown as Rollup.OutputChunk;

describe('diagramChunks', () => {
  const bundle = Object.fromEntries(
    [
      chunk('_astro/diagrams.js', [], ['_astro/diagram-render.js'], '/src/diagrams/browser/diagrams.ts'),
      chunk('_astro/diagram-render.js', ['_astro/chunk-a.js', '_astro/chunk-b.js'], [], '/src/diagrams/browser/diagram-render.ts'),
      chunk('_astro/chunk-a.js', ['_astro/chunk-b.js'], ['_astro/flowDiagram-x.js', '_astro/sequenceDiagram-y.js']),
      chunk('_astro/chunk-b.js'),
      chunk('_astro/flowDiagram-x.js', ['_astro/chunk-c.js'], ['_astro/dagre-z.js']),
      chunk('_astro/chunk-c.js'),
      chunk('_astro/dagre-z.js', ['_astro/chunk-b.js']),
      chunk('_astro/sequenceDiagram-y.js', ['_astro/chunk-d.js']),
      chunk('_astro/chunk-d.js'),
    ].map((c) => [c.fileName, c]),
  ) as Rollup.OutputBundle;

  it('lists the drawing entry first, then what it imports, and the chosen dynamic chunks with theirs, each once', () => {
    const list = diagramChunks(bundle, { entry: /diagram-render\.ts$/, dynamic: [/^flowDiagram-/, /^dagre-/] });
    expect(list[0]).toBe('_astro/diagram-render.js');
    expect(list.sort()).toEqual([
      '_astro/chunk-a.js',
      '_astro/chunk-b.js',
      '_astro/chunk-c.js',
      '_astro/dagre-z.js',
      '_astro/diagram-render.js',
      '_astro/flowDiagram-x.js',
    ]);
  });

  it('is empty when the bundle has no drawing entry (the server build)', () => {
    expect(diagramChunks(bundle, { entry: /nothing\.ts$/, dynamic: [] })).toEqual([]);
  });
});
