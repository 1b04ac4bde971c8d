import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The W3C's Nu HTML Checker (the `vnu-jar` package), run once over whole
 * folders of built pages, and the few upstream messages we accept from it.
 */

/** One message of `vnu --format json`, as the checker writes it. */
export interface NuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  message: string;
  firstLine?: number;
  firstColumn?: number;
  lastLine?: number;
  lastColumn?: number;
  extract?: string;
  hiliteStart?: number;
  hiliteLength?: number;
}

/** Where a message points, read from the checked page itself. */
export interface MessageContext {
  message: string;
  /** The source text the checker flagged (its first to last line and column). */
  flagged: string;
  /** The page's source up to the end of the flagged text, from at most 50,000 characters before it. */
  upTo: string;
  /** The whole page. */
  page: string;
}

/**
 * A checker message we do not fix here. Each entry matches one message AND
 * the markup it points at, so the same message from our own markup still fails.
 */
export interface UpstreamIgnore {
  id: string;
  message: RegExp;
  context: (at: MessageContext) => boolean;
  /** The package that causes it: writes the markup, or raises the false alarm. */
  package: string;
  /** What it does that the checker reports. */
  what: string;
  /** Why we cannot fix it in this repository. */
  why: string;
  upstream: string;
}

// Expressive Code's copy button, as its frames plugin writes it (our ec.config.mjs adds type and aria-label).
const EC_COPY_BUTTON = String.raw`<button title="[^"]*" data-copied="[^"]*" data-code="[^"]*" type="button" aria-label="[^"]*">`;

/** The source list a page's CSP meta tag gives for a directive (falling back to default-src, as browsers do). */
function cspSources(page: string, directive: string): string[] {
  const content = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(page)?.[1];
  if (!content) return [];
  const directives = new Map(
    content
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!.toLowerCase(), sources] as const),
  );
  return directives.get(directive) ?? directives.get('default-src') ?? [];
}

export const UPSTREAM_IGNORES: readonly UpstreamIgnore[] = [
  {
    id: 'ec-div-in-code',
    message: /^Element “div” not allowed as child of element “code” in this context\. \(Suppressing further errors from this subtree\.\)$/,
    // Only Expressive Code's line wrapper; a div in any other code element still fails.
    context: ({ flagged }) => /^<div class="ec-line(?: [\w-]+)*"(?: [\w-]+="[^"]*")*>$/.test(flagged),
    package: 'astro-expressive-code 0.44.2 (@expressive-code/core)',
    what: 'Each line of a code block is a <div class="ec-line"> inside <code>.',
    why: "Its stylesheet and scripts are written against this markup; rewriting it in a plugin would fork Expressive Code's HTML and CSS.",
    upstream: 'https://github.com/expressive-code/expressive-code/issues/423',
  },
  {
    id: 'ec-div-in-copy-button',
    message: /^Element “div” not allowed as child of element “button” in this context\. \(Suppressing further errors from this subtree\.\)$/,
    // Only the empty icon <div> right inside Expressive Code's copy button.
    context: ({ flagged, upTo }) => flagged === '<div>' && new RegExp(`${EC_COPY_BUTTON}<div>$`).test(upTo),
    package: 'astro-expressive-code 0.44.2 (@expressive-code/plugin-frames)',
    what: 'The copy button holds an empty <div> that its CSS draws the icon on.',
    why: "The icon is styled through that div by Expressive Code's stylesheet; same upstream report as ec-div-in-code.",
    upstream: 'https://github.com/expressive-code/expressive-code/issues/423',
  },
  {
    id: 'ec-del-in-copy-data',
    message: /^Forbidden code point U\+007f\.$/,
    // Only inside the data-code attribute of Expressive Code's copy button (its value never holds a raw quote).
    context: ({ upTo }) => new RegExp(String.raw`<button title="[^"]*" data-copied="[^"]*" data-code="[^"]*$`).test(upTo),
    package: 'astro-expressive-code 0.44.2 (@expressive-code/plugin-frames)',
    what: 'The code to copy is stored in the data-code attribute, each newline replaced by U+007F.',
    why: 'Its copy script turns U+007F back into newlines; using another separator means changing that script upstream.',
    upstream:
      'https://github.com/expressive-code/expressive-code/issues/423 (invalid markup from the same plugin; that report names the two divs, not U+007F)',
  },
  {
    id: 'css-validator-digit-custom-property',
    message: /^CSS: “--”: Parse Error\.$/,
    // Only Expressive Code's token styles, one set of custom properties per theme: --0 (light), --1 (dark),
    // each colour perhaps followed by its font weight or style (--0fw:bold).
    context: ({ flagged }) => /^<span style="--0:#[0-9a-f]{3,8}(?:;--0[a-z]+:[^;"]+)*;--1:#[0-9a-f]{3,8}(?:;--1[a-z]+:[^;"]+)*">$/i.test(flagged),
    package: "vnu-jar 26.9.27 (its bundled W3C css-validator), on astro-expressive-code's markup",
    what: 'The CSS parser rejects custom properties whose name starts with a digit, such as --0 and --1 in the style attribute of each highlighted token.',
    why: '`--0` is a valid custom property (CSS Syntax 3; confirmed in w3c/csswg-drafts#6131) and browsers apply it; the names are chosen by Expressive Code.',
    upstream:
      'https://github.com/w3c/csswg-drafts/issues/6131 (valid); parser: https://github.com/w3c/css-validator/issues/298 (same "--" tokenising, only partly fixed)',
  },
  {
    id: 'vnu-csp-self-on-file-urls',
    message:
      /^Resource violates Content Security Policy \(meta tag\): (?:external script|external stylesheet|image) “\/(?!\/)[^”]*” blocked by “(?:script|style|img)-src” directive\.$/,
    // Only same-site, root-relative addresses, and only where the directive allows 'self'.
    context: ({ message, page }) => {
      const directive = /blocked by “([a-z-]+)” directive/.exec(message)?.[1];
      return directive !== undefined && cspSources(page, directive).includes("'self'");
    },
    package: 'vnu-jar 26.9.27 (CspEnforcementChecker)',
    what: "Its CSP check takes 'self' from the checked document's address, which is a file: URL here.",
    why: "A file: URL has no origin for 'self' to match, so every same-site script, stylesheet and image is reported; served over HTTP they are allowed. CDN addresses or a missing 'self' still fail.",
    upstream:
      "https://github.com/validator/validator/issues/2062 (the same message for served pages, closed; 26.9.27 takes 'self' from the checked page's URL, which for a file has no origin)",
  },
];

const CONTEXT_WINDOW = 50_000;

/** Reads the flagged text and what comes before it, from the page the message is about. */
export function contextOf(message: NuMessage, page: string, lineStarts: number[]): MessageContext | undefined {
  const { lastLine, lastColumn } = message;
  if (lastLine === undefined || lastColumn === undefined) return undefined;
  const firstLine = message.firstLine ?? lastLine;
  const firstColumn = message.firstColumn ?? lastColumn;
  const offset = (line: number, column: number) => (lineStarts[line - 1] ?? page.length) + column - 1;
  const start = offset(firstLine, firstColumn);
  const end = offset(lastLine, lastColumn) + 1; // the checker's last column is inclusive
  return {
    message: message.message,
    flagged: page.slice(start, end),
    upTo: page.slice(Math.max(0, start - CONTEXT_WINDOW), end),
    page,
  };
}

function lineStartsOf(page: string): number[] {
  const starts = [0];
  for (let i = page.indexOf('\n'); i !== -1; i = page.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

export interface Verdict {
  /** Messages that fail the check, one readable line each: `file:line:column type: message ‹flagged›`. */
  failures: string[];
  /** How many messages each ignore entry took. */
  ignored: Map<string, number>;
  /** Ignore entries that matched nothing in this run. */
  unused: UpstreamIgnore[];
}

/** A short, single-line view of flagged markup for a failure line. */
function preview(text: string): string {
  const oneLine = text.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return oneLine.length > 120 ? `${oneLine.slice(0, 117)}…` : oneLine;
}

/**
 * Sorts the checker's messages: errors and warnings fail unless an ignore
 * entry takes them; plain info messages never fail. `root` makes the file
 * names in failure lines relative.
 */
export function judge(messages: NuMessage[], root: string, ignores: readonly UpstreamIgnore[] = UPSTREAM_IGNORES): Verdict {
  const pages = new Map<string, { page: string; lineStarts: number[] }>();
  const read = (file: string) => {
    let entry = pages.get(file);
    if (!entry) {
      const page = readFileSync(file, 'utf8');
      entry = { page, lineStarts: lineStartsOf(page) };
      pages.set(file, entry);
    }
    return entry;
  };

  const failures: string[] = [];
  const ignored = new Map<string, number>();
  for (const m of messages) {
    const failing = m.type === 'error' || m.type === 'non-document-error' || (m.type === 'info' && m.subType === 'warning');
    if (!failing) continue;
    const kind = m.subType ? `${m.type} (${m.subType})` : m.type;
    if (!m.url?.startsWith('file:')) {
      failures.push(`${m.url ?? '(no file)'} ${kind}: ${m.message}`);
      continue;
    }
    const file = fileURLToPath(new URL(m.url));
    // A message without a position (such as an IO error) is never ignored, and its file may not exist.
    const at = m.lastLine === undefined ? undefined : contextOf(m, read(file).page, read(file).lineStarts);
    const entry = at && ignores.find((ignore) => ignore.message.test(m.message) && ignore.context(at));
    if (entry) {
      ignored.set(entry.id, (ignored.get(entry.id) ?? 0) + 1);
      continue;
    }
    const where = m.lastLine === undefined ? '' : `:${m.firstLine ?? m.lastLine}:${m.firstColumn ?? m.lastColumn}`;
    failures.push(`${path.relative(root, file)}${where} ${kind}: ${m.message}${at ? ` ‹${preview(at.flagged)}›` : ''}`);
  }
  return { failures, ignored, unused: ignores.filter((ignore) => !ignored.has(ignore.id)) };
}

/** The path of vnu.jar, as the vnu-jar package exports it. */
export function vnuJarPath(): string {
  return String(createRequire(import.meta.url)('vnu-jar'));
}

/** The java to run the checker with: $JAVA_HOME/bin/java if set, else java on the PATH. */
function javaCommand(): string {
  return process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
}

/**
 * Runs the checker once over the given files or folders (folders: every .html
 * file in them, other files skipped) and returns its messages. One java
 * process for everything: the JVM's start-up costs seconds.
 *
 * --no-langdetect: the checker's language guess samples the text at random,
 * and on a page that is mostly code it changes between runs (one run of two
 * called the Chinese practice chapter Norwegian). Each page's lang comes from
 * its locale, and tests/e2e/pages.spec.ts checks it.
 *
 * -XX:+UseSerialGC: the checker works on one thread; on a small shared
 * machine the default collector's threads only compete with it.
 */
export function runNuChecker(targets: string[]): Promise<NuMessage[]> {
  const args = [
    '-XX:+UseSerialGC',
    '-jar',
    vnuJarPath(),
    '--format',
    'json',
    '--skip-non-html',
    '--skip-info-messages',
    '--no-langdetect',
    '--exit-zero-always',
    '--stdout',
    ...targets,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(javaCommand(), args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'ENOENT'
          ? new Error(`The Nu HTML Checker needs Java 17 or later, and "${javaCommand()}" was not found (set JAVA_HOME or put java on the PATH).`)
          : error,
      ),
    );
    child.on('close', (code) => {
      const stdout = Buffer.concat(out).toString('utf8');
      if (code !== 0) {
        reject(new Error(`vnu.jar exited with ${code}: ${Buffer.concat(err).toString('utf8') || stdout}`));
        return;
      }
      try {
        resolve((JSON.parse(stdout) as { messages: NuMessage[] }).messages);
      } catch {
        reject(new Error(`vnu.jar did not print JSON: ${stdout.slice(0, 500)}`));
      }
    });
  });
}
