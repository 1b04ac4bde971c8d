// @vitest-environment happy-dom
// Mermaid's parser needs a DOM (for DOMPurify); happy-dom provides one.
import path from 'node:path';
import mermaid from 'mermaid';
import { describe, expect, it } from 'vitest';
import sizes from '../../src/diagrams/diagram-sizes.json' with { type: 'json' };
import { checkDiagrams } from '../support/diagram-check';
import { allChapters, parseChapter, ROOT } from '../../scripts/lib/mdx';

const parse = (source: string) => mermaid.parse(source);

describe('diagrams in content/', () => {
  const chapters = allChapters();

  it('every diagram parses, is labelled in its language and has a reserved size', async () => {
    const problems = await checkDiagrams(chapters, parse, sizes);
    expect(problems.map((p) => `${p.where}: ${p.message}`)).toEqual([]);
  });

  it('exist in both languages (so this test checks something)', () => {
    const count = (locale: string) =>
      chapters.filter((c) => c.locale === locale).reduce((n, c) => n + JSON.stringify(c.tree).split('"lang":"mermaid"').length - 1, 0);
    expect(count('zh')).toBeGreaterThanOrEqual(4);
    expect(count('en')).toBe(count('zh'));
  });
});

describe('the diagram check', () => {
  it('fails on an invalid diagram, naming the file and the line of the error', async () => {
    const fixture = parseChapter(path.join(ROOT, 'tests/fixtures/content/zh/invalid-diagram.mdx'));
    const problems = await checkDiagrams([fixture], parse, {});
    expect(problems[0]?.where).toBe('tests/fixtures/content/zh/invalid-diagram.mdx:15');
    expect(problems[0]?.message).toMatch(/^Mermaid cannot parse this diagram: Parse error on line \d+:/);
  });

  it('asks for accessible labels in the page language and a recorded size', async () => {
    const fixture = parseChapter(path.join(ROOT, 'tests/fixtures/content/zh/unlabelled-diagram.mdx'));
    const problems = await checkDiagrams([fixture], parse, {});
    expect(problems.map((p) => p.message)).toEqual([
      'a diagram needs accTitle: and accDescr: (its accessible name and description)',
      'no recorded size for this diagram, so its box cannot be reserved: run `npm run diagrams:measure`',
      'the accessible title and description of a Chinese page must be in Chinese',
      'no recorded size for this diagram, so its box cannot be reserved: run `npm run diagrams:measure`',
    ]);
  });
});
