import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cloneWithDepth, mermaidConfigCopy, withFastGetConfig } from './mermaid-config-copy';

const chunks = path.resolve('node_modules/mermaid/dist/chunks/mermaid.core');
const mermaidFile = readdirSync(chunks)
  .map((name) => path.join(chunks, name))
  .find((file) => file.endsWith('.mjs') && readFileSync(file, 'utf8').includes('var getConfig = /* @__PURE__ */ __name(() => {'))!;
const mermaidCode = readFileSync(mermaidFile, 'utf8');

type Assign = (dst: object, src: unknown, options?: { depth?: number }) => unknown;
/** Mermaid's own assignWithDepth, from the installed package, to compare with. */
const assignWithDepth: Assign = (() => {
  const start = mermaidCode.indexOf('var assignWithDepth = ');
  const end = mermaidCode.indexOf('}, "assignWithDepth");', start) + '}, "assignWithDepth");'.length;
  const source = mermaidCode.slice(start, end);
  return new Function('__name', `${source}\nreturn assignWithDepth;`)((f: unknown) => f) as Assign;
})();

/** Same own keys in the same order, same descriptors, same prototypes, same sharing of deeper objects. */
function expectSameShape(actual: unknown, expected: unknown, where = '$'): void {
  if (typeof expected !== 'object' || expected === null) {
    expect(actual, where).toBe(expected);
    return;
  }
  expect(typeof actual, where).toBe('object');
  expect(Object.getPrototypeOf(actual), `${where} prototype`).toBe(Object.getPrototypeOf(expected));
  expect(Array.isArray(actual), `${where} is an array`).toBe(Array.isArray(expected));
  const keys = Reflect.ownKeys(expected);
  expect(Reflect.ownKeys(actual as object), `${where} keys`).toEqual(keys);
  for (const key of keys) {
    const a = Object.getOwnPropertyDescriptor(actual, key)!;
    const e = Object.getOwnPropertyDescriptor(expected, key)!;
    expect([a.writable, a.enumerable, a.configurable], `${where}.${String(key)} attributes`).toEqual([e.writable, e.enumerable, e.configurable]);
    expectSameShape(a.value, e.value, `${where}.${String(key)}`);
  }
}

class ThemeLike {
  background = '#fff';
  primaryColor = '#ececff';
  fontSize = 16;
  calculate(): void {}
}

function sampleConfig(): Record<PropertyKey, unknown> {
  const deep = { shared: true };
  const config: Record<PropertyKey, unknown> = {
    theme: 'default',
    startOnLoad: false,
    maxTextSize: 50000,
    darkMode: undefined,
    nothing: null,
    fontFamily: '"trebuchet ms", verdana, arial',
    secure: ['secure', 'securityLevel', 'startOnLoad', 'secure'],
    themeVariables: new ThemeLike(),
    flowchart: { htmlLabels: true, curve: 'basis', padding: 15, nested: { deep }, list: [1, 2, 2, 3], gone: null, fn: () => 1 },
    sequence: { mirrorActors: true, messageFont: () => ({}), actorFontFamily: 'Open Sans' },
    c4: Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`shape_${i}`, i % 3 ? `#${i}` : { fill: i }])),
    10: 'numeric key',
    2: { numeric: 'object' },
    constructor: 'a primitive named like an inherited method',
    toString: { an: 'object named like an inherited method' },
    [Symbol('ignored')]: 'symbols are not copied',
  };
  Object.defineProperty(config, 'hidden', { value: 'not enumerable', enumerable: false });
  Object.defineProperty(config, 'computed', { get: () => ({ from: 'a getter' }), enumerable: true });
  return config;
}

describe('cloneWithDepth', () => {
  it('builds exactly what Mermaid’s assignWithDepth({}, config) builds', () => {
    const config = sampleConfig();
    expectSameShape(cloneWithDepth(config, 2), assignWithDepth({}, config));
  });

  it('matches at depth 1 and 3 too', () => {
    const config = sampleConfig();
    expectSameShape(cloneWithDepth(config, 1), assignWithDepth({}, config, { depth: 1 }));
    expectSameShape(cloneWithDepth(config, 3), assignWithDepth({}, config, { depth: 3 }));
  });

  it('treats an own __proto__ key as Mermaid does, without touching the prototype', () => {
    for (const json of ['{"__proto__": {"polluted": true}, "a": 1}', '{"__proto__": "text", "a": 1}', '{"x": {"__proto__": {"polluted": true}}}']) {
      const config = JSON.parse(json) as Record<string, unknown>;
      const copy = cloneWithDepth(config, 2);
      expectSameShape(copy, assignWithDepth({}, config));
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }
  });

  it('is a copy: writing into it leaves the source alone', () => {
    const config = sampleConfig();
    const copy = cloneWithDepth(config, 2) as { flowchart: { padding: number }; themeVariables: { background: string } };
    copy.flowchart.padding = 99;
    copy.themeVariables.background = '#000';
    expect((config.flowchart as { padding: number }).padding).toBe(15);
    expect((config.themeVariables as ThemeLike).background).toBe('#fff');
  });
});

describe('withFastGetConfig', () => {
  it('rewrites the installed Mermaid’s getConfig and only that', () => {
    const out = withFastGetConfig(mermaidCode, mermaidFile);
    expect(out).toContain('? cloneWithDepth(currentConfig, 2)');
    expect(out).toContain('function cloneWithDepth(');
    expect(out.split('var getConfig = ').length).toBe(2);
    expect(out.replace(/var getConfig = [\s\S]*?\}, "getConfig"\);/, '')).toBe(
      mermaidCode.replace(/var getConfig = [\s\S]*?\}, "getConfig"\);/, '') + `\n${cloneWithDepth.toString()}\n`,
    );
  });

  it('injects a cloneWithDepth that runs on its own', () => {
    const injected = new Function(`${cloneWithDepth.toString()}\nreturn cloneWithDepth;`)() as typeof cloneWithDepth;
    const config = sampleConfig();
    expectSameShape(injected(config, 2), assignWithDepth({}, config));
  });

  it('fails the build, naming the file, when getConfig has changed', () => {
    expect(() => withFastGetConfig('var getConfig = () => structuredClone(currentConfig);', 'mermaid/x.mjs')).toThrow(/mermaid\/x\.mjs: found 0 getConfig definitions/);
    expect(() => withFastGetConfig(`${mermaidCode}\n${mermaidCode}`, 'mermaid/x.mjs')).toThrow(/found 2 getConfig definitions/);
  });
});

type Hooks = {
  buildStart(): void;
  transform: { filter: { id: RegExp; code: string }; handler(code: string, id: string): { code: string } | undefined };
  buildEnd(this: { error(message: string): never; getModuleIds(): Iterable<string> }, error?: Error): void;
};
/** Runs one bundling through the plugin's hooks, filtering as the bundler does: the modules, then the end of the build. */
function bundle(hooks: Hooks, modules: [id: string, code: string][]): { rewritten: string[]; error?: string } {
  const rewritten: string[] = [];
  hooks.buildStart();
  const { filter } = hooks.transform;
  for (const [id, code] of modules) if (filter.id.test(id) && code.includes(filter.code) && hooks.transform.handler(code, id)) rewritten.push(id);
  const context = {
    error: (message: string): never => {
      throw new Error(message);
    },
    getModuleIds: () => modules.map(([id]) => id),
  };
  try {
    hooks.buildEnd.call(context);
    return { rewritten };
  } catch (error) {
    return { rewritten, error: (error as Error).message };
  }
}
const other = '/p/node_modules/mermaid/dist/chunks/mermaid.core/chunk-OTHER.mjs';

describe('mermaidConfigCopy', () => {
  const plugin = mermaidConfigCopy() as unknown as Hooks & { config(): { optimizeDeps: { rolldownOptions: { plugins: Hooks[] } } } };
  const devPlugin = plugin.config().optimizeDeps.rolldownOptions.plugins[0]!;

  for (const [name, hooks] of [['the build', plugin], ['the dev server’s dependency optimizer', devPlugin]] as const) {
    it(`rewrites getConfig exactly once in ${name}`, () => {
      expect(bundle(hooks, [[mermaidFile, mermaidCode], [other, 'export {}']])).toEqual({ rewritten: [mermaidFile] });
    });

    it(`fails ${name} when Mermaid is bundled but no getConfig was rewritten`, () => {
      expect(bundle(hooks, [[other, 'export {}']]).error).toMatch(/rewrote Mermaid's getConfig in 0 modules, not exactly one/);
    });

    it(`fails ${name} when two modules were rewritten`, () => {
      expect(bundle(hooks, [[mermaidFile, mermaidCode], [other, mermaidCode]]).error).toMatch(/in 2 modules/);
    });

    it(`leaves ${name} alone when it does not bundle Mermaid`, () => {
      expect(bundle(hooks, [['/p/src/x.ts', 'export {}']])).toEqual({ rewritten: [] });
    });
  }
});
