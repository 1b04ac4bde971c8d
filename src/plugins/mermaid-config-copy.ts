import type { Plugin } from 'vite';

/**
 * Mermaid's `getConfig()` returns `assignWithDepth({}, currentConfig)`: a
 * copy, two levels deep, of its whole configuration (848 values: every
 * diagram type's settings and the theme's 272 variables). Its code calls it
 * for every node, edge and label, 162 times for the concepts chapter's
 * flowchart, and `assignWithDepth` copies one key at a time through
 * `Object.entries` and `Object.defineProperty`: 67–73 ms of the drawing's
 * single main-thread task in Chromium on this machine, unthrottled.
 *
 * This Vite plugin makes that one call site use `cloneWithDepth`, which
 * returns the same object built differently: a native object spread per
 * level, then only the values that need it fixed up (19–23 ms for the same
 * 162 calls). The copy must stay a copy: Mermaid's renderers write into what
 * `getConfig()` returns, so caching it is not an option.
 *
 * The build fails if Mermaid's `getConfig` no longer reads as expected, so
 * that an upgrade is looked at rather than silently losing the change.
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
  if (!GET_CONFIG.test(code)) {
    throw new Error(`${id}: Mermaid's getConfig is not the one src/plugins/mermaid-config-copy.ts rewrites; check the new version`);
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

export function mermaidConfigCopy(): Plugin {
  return {
    name: 'mermaid-config-copy',
    apply: 'build',
    transform: {
      filter: { id: /[\\/]node_modules[\\/]mermaid[\\/]dist[\\/].*\.mjs$/, code: MARKER },
      handler: (code, id) => ({ code: withFastGetConfig(code, id), map: null }),
    },
  };
}
