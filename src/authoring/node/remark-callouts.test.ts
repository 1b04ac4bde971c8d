import { describe, expect, it } from 'vitest';
import type { VFile } from 'vfile';
import { renderMarkdown } from '../../../tests/support/markdown';
import { remarkCallouts, type CalloutType } from './remark-callouts';

const zh: Record<CalloutType, string> = { note: '注意', tip: '提示', important: '重要', warning: '警告', caution: '小心' };
const en: Record<CalloutType, string> = { note: 'Note', tip: 'Tip', important: 'Important', warning: 'Warning', caution: 'Caution' };

const render = (md: string, path = 'content/zh/a.mdx') =>
  renderMarkdown(md, { remark: [[remarkCallouts, { labels: (file: VFile) => (file.path.includes('/en/') ? en : zh) }]], path });

describe('remarkCallouts', () => {
  it('turns each GitHub alert type into a labelled note with an icon, in the page’s language', async () => {
    for (const [type, label] of Object.entries(zh)) {
      const html = await render(`> [!${type.toUpperCase()}]\n> 正文 **加粗**。`);
      expect(html).toContain(`<div class="callout callout-${type}" role="note" aria-labelledby="callout-1">`);
      expect(html).toMatch(new RegExp(`<p class="callout-title" id="callout-1"><svg class="callout-icon"[^>]*aria-hidden="true"[^>]*>(<path d="[^"]+"></path>)+</svg>${label}</p>`));
      expect(html).toContain('<p>正文 <strong>加粗</strong>。</p>');
      expect(html).not.toContain('[!');
    }
    expect(await render('> [!TIP]\n> Text.', 'content/en/a.mdx')).toContain('</svg>Tip</p>');
  });

  it('accepts any case, numbers callouts in a file, and keeps later paragraphs and lists', async () => {
    const html = await render('> [!note]\n> One.\n\n> [!Warning]\n>\n> Two.\n>\n> - a\n> - b');
    expect(html).toContain('aria-labelledby="callout-1"');
    expect(html).toContain('<div class="callout callout-warning" role="note" aria-labelledby="callout-2">');
    expect(html).toContain('<li>a</li>');
  });

  it('leaves ordinary quotations alone', async () => {
    const html = await render('> A quotation with [!NOTE] inside.\n\n> [link](x)');
    expect(html).not.toContain('callout');
    expect(html).toContain('<blockquote>');
  });

  it('stops on an unknown type, naming the file, the line and the known types', async () => {
    const error = await render('Intro.\n\n> [!DANGER]\n> Text.').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    const message = String(error);
    expect(message).toContain('content/zh/a.mdx:3:1');
    expect(message).toContain('Unknown callout type "[!DANGER]"');
    expect(message).toContain('[!NOTE], [!TIP], [!IMPORTANT], [!WARNING], [!CAUTION]');
  });
});
