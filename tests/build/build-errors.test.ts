import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture, chapter } from '../support/build-fixture';

/**
 * Mistakes in content must stop the build and say where they are, rather than
 * ship a page with a red formula or a missing chapter.
 */
describe('the build', () => {
  it('succeeds on a valid fixture (so the failures below are the fixtures’ fault)', () => {
    const build = buildFixture({
      'zh/a.mdx': chapter('甲', 1, '公式 $e^{i\\pi} + 1 = 0$。\n'),
      'en/a.mdx': chapter('A', 1, 'Formula $e^{i\\pi} + 1 = 0$.\n'),
    });
    expect(build.status, build.output).toBe(0);
    expect(existsSync(path.join(build.dir, 'dist/a/index.html'))).toBe(true);
    expect(existsSync(path.join(build.dir, 'dist/en/a/index.html'))).toBe(true);
  });

  it('fails on invalid TeX, naming the file, the line and KaTeX’s message', () => {
    const body = ['First paragraph.', '', 'Broken: $\\frac{1}{$ here.', ''].join('\n');
    // Frontmatter takes lines 1–6 and a blank line 7, so the formula is on line 10.
    const build = buildFixture({ 'zh/a.mdx': chapter('甲', 1, body), 'en/a.mdx': chapter('A', 1) });
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/content[\\/]zh[\\/]a\.mdx:10:\d+/);
    expect(build.output).toContain('KaTeX parse error');
  });

  it('fails on Unicode text in math mode (KaTeX strict)', () => {
    const build = buildFixture({
      'zh/a.mdx': chapter('甲', 1, '损失 $L = 损失$。\n'),
      'en/a.mdx': chapter('A', 1),
    });
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/content[\\/]zh[\\/]a\.mdx:8:\d+/);
    expect(build.output).toContain("strict mode is set to 'error'");
  });

  it('fails on a formula KaTeX renders into invalid MathML, inside a callout too, naming the file, the line and the TeX', () => {
    const body = (text: string) => `> [!NOTE]\n> ${text} $p_{\\max} = 1$\n`;
    const build = buildFixture({ 'zh/a.mdx': chapter('甲', 1, body('峰值')), 'en/a.mdx': chapter('A', 1, body('Peak')) });
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/content[\\/](zh|en)[\\/]a\.mdx:[89]:\d+ +KaTeX wrote invalid MathML for "p_\{\\max\} = 1": <msub> with 3 children/);
  });

  it('fails on a frontmatter field of the wrong type, naming the file and the field', () => {
    const build = buildFixture({
      'zh/a.mdx': '---\ntitle: 甲\ndescription: 说明\npart: main\norder: first\n---\n\nText.\n',
      'en/a.mdx': chapter('A', 1),
    });
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/zh[\\/]a\.mdx/);
    expect(build.output).toMatch(/order/);
  });

  it('fails on an unknown frontmatter field, naming the file and the field', () => {
    const build = buildFixture({
      'zh/a.mdx': chapter('甲', 1),
      'en/a.mdx': '---\ntitle: A\ndescription: About A.\npart: main\norder: 1\ntitel: typo\n---\n\nText.\n',
    });
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/en[\\/]a\.mdx/);
    expect(build.output).toContain('titel');
  });

  it('fails on a chapter that has no translation, naming the file', () => {
    const build = buildFixture({
      'zh/a.mdx': chapter('甲', 1),
      'en/a.mdx': chapter('A', 1),
      'zh/b.mdx': chapter('乙', 2),
    });
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('content/zh/b.mdx: missing translation');
  });

  it('fails when the two languages of a chapter differ in formulas, diagrams or code, naming both files', () => {
    const build = buildFixture({
      'zh/a.mdx': chapter('甲', 1, '公式 $a$ 与 $b$。\n\n```python\nprint(1)\n```\n'),
      'en/a.mdx': chapter('A', 1, 'Formula $a$.\n'),
    });
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/content\/zh\/a\.mdx has 2 formulas but \S*content\/en\/a\.mdx has 1/);
    expect(build.output).toMatch(/content\/zh\/a\.mdx has 1 codeBlocks but \S*content\/en\/a\.mdx has 0/);
  });

  it('fails on an unknown callout type, naming the file and the line', () => {
    const build = buildFixture({
      'zh/a.mdx': chapter('甲', 1, 'Intro.\n\n> [!DANGER]\n> Text.\n'),
      'en/a.mdx': chapter('A', 1),
    });
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/content[\\/]zh[\\/]a\.mdx:10:1/);
    expect(build.output).toContain('Unknown callout type "[!DANGER]"');
  });

  it('fails on an image without alt text, naming the file and the line', () => {
    const build = buildFixture({
      'zh/a.mdx': chapter('甲', 1),
      'en/a.mdx': chapter('A', 1, 'Intro.\n\n![](./images/x.png)\n'),
    });
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/content[\\/]en[\\/]a\.mdx:10:1/);
    expect(build.output).toContain('has no alt text');
  });

  it('fails on a chapter in an undeclared part, naming the file and the parts there are', () => {
    const build = buildFixture({
      'zh/a.mdx': chapter('甲', 1).replace('part: main', 'part: mian'),
      'en/a.mdx': chapter('A', 1).replace('part: main', 'part: mian'),
    });
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('content/zh/a.mdx: part "mian" is not declared in content/parts.yaml (declared: main)');
  });

  it('fails on an unknown citation key, naming the file and the line', () => {
    const build = buildFixture({
      'references.bib': '@book{known2020,\n  author = {Doe, Jane},\n  title = {Known},\n  publisher = {P},\n  year = {2020},\n}\n',
      'zh/a.mdx': chapter('甲', 1, '见[@known2020]。\n'),
      'en/a.mdx': chapter('A', 1, 'Intro.\n\nSee [@unknown2020].\n'),
    });
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/content[\\/]en[\\/]a\.mdx:10:1/);
    expect(build.output).toContain('Unknown citation key "unknown2020"');
  });

  it('fails on a label in one language only, naming the file and the line', () => {
    const build = buildFixture({
      'zh/a.mdx': chapter('甲', 1, '(eq-one)=\n\n$$\nx = 1\n$$\n'),
      'en/a.mdx': chapter('A', 1, '$$\nx = 1\n$$\n'),
    });
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/content[\\/]zh[\\/]a\.mdx:8: label "eq-one" has no twin in en/);
  });
});
