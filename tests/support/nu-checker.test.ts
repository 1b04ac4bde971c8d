import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { judge, UPSTREAM_IGNORES, type NuMessage } from './nu-checker';

// Expressive Code's markup as it reaches our pages, and near misses of our own.
const CSP = `<meta http-equiv="content-security-policy" content="default-src 'self';img-src data:; script-src 'self' 'sha256-x'; style-src 'self' 'unsafe-inline' ;">`;
const EC_BLOCK =
  '<div class="expressive-code"><figure class="frame"><pre data-language="py" tabindex="0"><code>' +
  '<div class="ec-line"><div class="code"><span style="--0:#24292E;--1:#E1E4E8">x</span>' +
  '<span style="--0:#1E7734;--0fw:bold;--1:#85E89D;--1fw:bold">\\.</span></div></div>' +
  '</code></pre><div class="copy"><div aria-live="polite"></div>' +
  '<button title="Copy to clipboard" data-copied="Copied!" data-code="a = 1\u007fb = 2" type="button" aria-label="Copy to clipboard"><div></div></button>' +
  '</div></figure></div>';
const OURS =
  '<code><div class="note">n</div></code><button type="button"><div>b</div></button>' +
  '<p data-x="c\u007fd"><span style="--0:#000000;--x:1">s</span></p><img src="/cat.png" alt="">';

const dir = mkdtempSync(path.join(tmpdir(), 'nu-checker-'));
const file = path.join(dir, 'page.html');
const page = `<!doctype html><html lang="en"><head>${CSP}<title>t</title>\n<script type="module" src="/_astro/a.js"></script></head>\n<body>${EC_BLOCK}\n${OURS}</body></html>`;
writeFileSync(file, page);

/**
 * A message as the checker gives it (1-based line, inclusive columns), pointing
 * at the first `needle` after the first `after`, if given.
 */
function at(needle: string, message: string, { after = '', subType }: { after?: string; subType?: string } = {}): NuMessage {
  const start = page.indexOf(needle, page.indexOf(after) + after.length);
  if (start === -1 || page.indexOf(after) === -1) throw new Error(`no ${needle} after ${after}`);
  const position = (offset: number) => {
    const before = page.slice(0, offset);
    return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
  };
  const first = position(start);
  const last = position(start + needle.length - 1);
  return {
    type: subType ? 'info' : 'error',
    ...(subType ? { subType } : {}),
    url: pathToFileURL(file).href.replace('file:///', 'file:/'), // the checker writes file:/…
    message,
    firstLine: first.line,
    firstColumn: first.column,
    lastLine: last.line,
    lastColumn: last.column,
  };
}

const DIV_IN_CODE = 'Element “div” not allowed as child of element “code” in this context. (Suppressing further errors from this subtree.)';
const DIV_IN_BUTTON = 'Element “div” not allowed as child of element “button” in this context. (Suppressing further errors from this subtree.)';
const DEL = 'Forbidden code point U+007f.';
const CSS = 'CSS: “--”: Parse Error.';
const csp = (what: string, url: string, directive: string) =>
  `Resource violates Content Security Policy (meta tag): ${what} “${url}” blocked by “${directive}” directive.`;

describe('judge', () => {
  it("ignores the listed upstream messages in Expressive Code's markup and the file: CSP false alarm", () => {
    const verdict = judge(
      [
        at('<div class="ec-line">', DIV_IN_CODE),
        at('<div>', DIV_IN_BUTTON, { after: 'aria-label="Copy to clipboard">' }),
        at('<button title="Copy to clipboard" data-copied="Copied!" data-code="a = 1', DEL),
        at('<span style="--0:#24292E;--1:#E1E4E8">', CSS),
        at('<span style="--0:#1E7734;--0fw:bold;--1:#85E89D;--1fw:bold">', CSS),
        at('<script type="module" src="/_astro/a.js">', csp('external script', '/_astro/a.js', 'script-src'), { subType: 'warning' }),
      ],
      dir,
    );
    expect(verdict.failures).toEqual([]);
    expect(Object.fromEntries(verdict.ignored)).toEqual({
      'ec-div-in-code': 1,
      'ec-div-in-copy-button': 1,
      'ec-del-in-copy-data': 1,
      'css-validator-digit-custom-property': 2,
      'vnu-csp-self-on-file-urls': 1,
    });
    expect(verdict.unused).toEqual([]);
  });

  it('fails the same messages about our own markup, naming file, line, column and the flagged markup', () => {
    const verdict = judge(
      [
        at('<div class="note">', DIV_IN_CODE),
        at('<div>', DIV_IN_BUTTON, { after: '<button type="button">' }),
        at('<p data-x="c', DEL),
        at('<span style="--0:#000000;--x:1">', CSS),
        // A CDN address, and an image where img-src does not allow 'self'.
        at('<script type="module" src="/_astro/a.js">', csp('external script', 'https://cdn.example/a.js', 'script-src'), { subType: 'warning' }),
        at('<img src="/cat.png" alt="">', csp('image', '/cat.png', 'img-src'), { subType: 'warning' }),
      ],
      dir,
    );
    expect(verdict.failures).toEqual([
      `page.html:4:${OURS.indexOf('<div class="note">') + 1} error: ${DIV_IN_CODE} ‹<div class="note">›`,
      `page.html:4:${OURS.indexOf('<div>b') + 1} error: ${DIV_IN_BUTTON} ‹<div>›`,
      `page.html:4:${OURS.indexOf('<p data-x') + 1} error: ${DEL} ‹<p data-x="c›`,
      `page.html:4:${OURS.indexOf('<span') + 1} error: ${CSS} ‹<span style="--0:#000000;--x:1">›`,
      `page.html:2:1 info (warning): ${csp('external script', 'https://cdn.example/a.js', 'script-src')} ‹<script type="module" src="/_astro/a.js">›`,
      `page.html:4:${OURS.indexOf('<img') + 1} info (warning): ${csp('image', '/cat.png', 'img-src')} ‹<img src="/cat.png" alt="">›`,
    ]);
    expect(verdict.unused.map((entry) => entry.id)).toHaveLength(UPSTREAM_IGNORES.length);
  });

  it('fails every error and warning not listed, and messages without a position; plain info messages pass', () => {
    const verdict = judge(
      [
        { type: 'error', url: pathToFileURL(file).href, message: 'Stray start tag “script”.', lastLine: 2, lastColumn: 1 },
        { type: 'error', subType: 'fatal', url: pathToFileURL(file).href, message: 'Cannot recover after last error.', lastLine: 2, lastColumn: 1 },
        { type: 'non-document-error', subType: 'io', url: pathToFileURL(file).href, message: 'IO Error: cannot read.' },
        { type: 'info', url: pathToFileURL(file).href, message: 'Trailing slash on void elements has no effect.', lastLine: 1, lastColumn: 3 },
      ],
      dir,
    );
    expect(verdict.failures).toEqual([
      'page.html:2:1 error: Stray start tag “script”. ‹<›',
      'page.html:2:1 error (fatal): Cannot recover after last error. ‹<›',
      'page.html non-document-error (io): IO Error: cannot read.',
    ]);
  });
});

describe('UPSTREAM_IGNORES', () => {
  it('stays small, and says for each entry which package causes it, what it does, why it stays, and where upstream tracks it', () => {
    expect(UPSTREAM_IGNORES.length).toBeLessThanOrEqual(6);
    expect(new Set(UPSTREAM_IGNORES.map((entry) => entry.id)).size).toBe(UPSTREAM_IGNORES.length);
    for (const entry of UPSTREAM_IGNORES) {
      expect(entry.package, entry.id).not.toBe('');
      expect(entry.what, entry.id).not.toBe('');
      expect(entry.why, entry.id).not.toBe('');
      expect(entry.upstream, entry.id).toMatch(/^https:\/\/github\.com\//);
    }
  });
});
