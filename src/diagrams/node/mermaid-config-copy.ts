import type { Plugin } from 'vite';

/**
 * Mermaid's `getConfig()` returns `assignWithDepth({}, currentConfig)`: a
 * copy, two levels deep, of its whole configuration (every diagram type's
 * settings and the theme's variables, some 850 values). Its renderers call it
 * for every node, edge and label, and `assignWithDepth` copies one key at a
 * time through `Object.entries` and `Object.defineProperty`: a third of
 * drawing a flowchart (docs/performance.md).
 *
 * This Vite plugin makes that one call site use `cloneWithDepth`, which
 * returns the same object built differently: a native object spread per
 * level, then only the values that need it fixed up. The copy must stay a
 * copy: Mermaid's renderers write into what `getConfig()` returns.
 *
 * The fix upstream, which would make this plugin unnecessary, is one line in
 * Mermaid's config.ts: memoise getConfig's copy until the configuration
 * changes (clear it in setConfig, reset, addDirective and updateCurrentConfig).
 *
 * It applies to production builds and to the dev server (whose dependency
 * optimizer bundles Mermaid, so the same transform is handed to it). Either
 * fails unless exactly one place was rewritten, so a Mermaid upgrade that
 * changes getConfig is looked at rather than silently losing the change.
 */
const GET_CONFIG = /var getConfig = \/\* @__PURE__ \*\/ __name\(\(\) => \{\s*return assignWithDepth_default\(\{\}, currentConfig\);\s*\}, "getConfig"\);/;
/** Mermaid's file that defines getConfig holds this line too; the transform only looks at files that do. */
const MARKER = 'var getConfig = /* @__PURE__ */ __name(() => {';

/**
 * Exactly `assignWithDepth({}, src, { depth })` for a plain, non-array
 * object `src` and depth ≥ 1, as Mermaid 12 defines it: own enumerable string
 * keys in order; a null value is left out; an array value becomes a copy
 * without repeated elements; an object value is copied one level less deep
 * (by `Object.assign` at the last level); a primitive `__proto__` is left out,
 * as a plain assignment would have hit the inherited accessor.
 * Self-contained on purpose: the plugin injects its source into Mermaid's.
 */
export function cloneWithDepth(src: Record<PropertyKey, unknown>, depth: number): Record<PropertyKey, unknown> {
  const out: Record<PropertyKey, unknown> = { ...src };
  for (const symbol of Object.getOwnPropertySymbols(out)) delete out[symbol];
  for (const key of Object.keys(out)) {
    const value = out[key];
    if (typeof value !== 'object') {
      if (key === '__proto__') delete out[key];
      continue;
    }
    if (value === null) {
      delete out[key];
    } else if (Array.isArray(value)) {
      const unique: unknown[] = [];
      value.forEach((item) => {
        if (!unique.includes(item)) unique.push(item);
      });
      out[key] = unique;
    } else {
      out[key] = depth - 1 <= 0 ? Object.assign({}, value) : cloneWithDepth(value as Record<PropertyKey, unknown>, depth - 1);
    }
  }
  return out;
}

/** Mermaid's module text with getConfig using cloneWithDepth; throws if getConfig is not as expected. */
export function withFastGetConfig(code: string, id: string): string {
  const found = code.match(new RegExp(GET_CONFIG.source, 'g'))?.length ?? 0;
  if (found !== 1) {
    throw new Error(`${id}: found ${found} getConfig definitions of the form src/diagrams/node/mermaid-config-copy.ts rewrites, not one; check the new Mermaid`);
  }
  const replacement = [
    'var getConfig = /* @__PURE__ */ __name(() => {',
    '  return currentConfig !== null && typeof currentConfig === "object" && !Array.isArray(currentConfig)',
    '    ? cloneWithDepth(currentConfig, 2)',
    '    : assignWithDepth_default({}, currentConfig);',
    '}, "getConfig");',
  ].join('\n');
  return `${code.replace(GET_CONFIG, replacement)}\n${cloneWithDepth.toString()}\n`;
}

/** Mermaid's bundled modules, in the package or in a path the dev server's optimizer reads them from. */
const MERMAID_MODULE = /[\\/]node_modules[\\/]mermaid[\\/]dist[\\/].*\.mjs$/;

/**
 * The transform and its count, for one bundling: the client build, or the dev
 * server's dependency optimizer. If Mermaid is bundled at all, exactly one
 * getConfig must have been rewritten.
 */
function rewriteOnce(name: string) {
  let rewrites = 0;
  return {
    name,
    buildStart() {
      rewrites = 0;
    },
    transform: {
      // Both filters run in the bundler: only the module that defines getConfig reaches JavaScript.
      filter: { id: MERMAID_MODULE, code: MARKER },
      handler(code: string, id: string) {
        rewrites += 1;
        return { code: withFastGetConfig(code, id), map: null };
      },
    },
    buildEnd(this: { error(message: string): never; getModuleIds(): Iterable<string> }, error?: Error) {
      if (error || rewrites === 1) return;
      const bundlesMermaid = [...this.getModuleIds()].some((id) => MERMAID_MODULE.test(id));
      if (!bundlesMermaid) return;
      this.error(`${name}: rewrote Mermaid's getConfig in ${rewrites} modules, not exactly one; check src/diagrams/node/mermaid-config-copy.ts against the new Mermaid`);
    },
  };
}

export function mermaidConfigCopy(): Plugin {
  return {
    // Every build environment: only the one that bundles Mermaid (the browser's) must rewrite it.
    ...rewriteOnce('mermaid-config-copy'),
    config: () => ({ optimizeDeps: { rolldownOptions: { plugins: [rewriteOnce('mermaid-config-copy:dev')] } } }),
  };
}
