import { render } from 'astro:content';
import { getImage } from 'astro:assets';
import type { ImageMetadata } from 'astro';
import type { Locale } from '../../i18n/locales';
import type { Chapter } from '../../chapters/node/chapters';
import { chapterHref, homeHref } from '../../i18n/paths';
import { useTranslations } from '../../i18n/ui';
import { IMAGE_MARK } from './remark-chapter-markdown';
import { loadChapters } from '../../chapters/node/chapter-routes';
import { epubPath, exportPlan, pdfPath } from '../../export/node/downloads';

/**
 * The book as Markdown for readers' tools: each chapter at `<chapter>/index.md`,
 * and per language `llms.txt` (the llmstxt.org index) and `llms-full.txt`
 * (every chapter in reading order). The Markdown is made from each chapter's
 * source while it is compiled (src/markdown/node/remark-chapter-markdown.ts), so it
 * says what the page says; here images get the URL the site serves them at.
 */
const images = import.meta.glob<{ default: ImageMetadata }>('/content/*/images/*.{png,jpg,jpeg,webp}', { eager: true });

const markdownResponse = (text: string, type = 'text/markdown') =>
  new Response(text, { headers: { 'Content-Type': `${type}; charset=utf-8` } });

/** `getStaticPaths` for one language's `<chapter>/index.md`. */
export async function chapterMarkdownPaths(locale: Locale) {
  const { byLocale } = await loadChapters();
  return byLocale[locale].map((chapter) => ({ params: { slug: chapter.slug }, props: { chapter } }));
}

const texts = new Map<string, Promise<string>>();

/**
 * One chapter's Markdown: its title, its description, then its text (recorded
 * while compiling it). Both its index.md and llms-full.txt need it; a build
 * makes it once (the dev server, whose content changes, every time).
 */
function chapterText(chapter: Chapter): Promise<string> {
  const key = `${chapter.locale}/${chapter.slug}`;
  if (import.meta.env.DEV) return makeChapterText(chapter);
  let text = texts.get(key);
  if (!text) texts.set(key, (text = makeChapterText(chapter)));
  return text;
}

async function makeChapterText(chapter: Chapter): Promise<string> {
  const { locale, slug } = chapter;
  const { entryOf } = await loadChapters();
  const markdown = (await render(entryOf(locale, slug))).remarkPluginFrontmatter.markdown;
  if (typeof markdown !== 'string') throw new Error(`${chapter.filePath}: no Markdown; is remarkChapterMarkdown in the Markdown pipeline?`);
  const body = await replaceAsync(markdown, new RegExp(`${IMAGE_MARK}(\\S+?)(?=[\\s)])`, 'g'), async (src) => {
    const image = images[`/content/${locale}/${src.replace(/^\.\//, '')}`];
    if (!image) throw new Error(`${chapter.filePath}: image ${src} is not in content/${locale}/images/`);
    // The figure as the page's largest rendition serves it.
    return (await getImage({ src: image.default, width: 1472, format: 'webp' })).src;
  });
  return `# ${chapter.number === undefined ? '' : `${chapter.number} `}${chapter.title}\n\n> ${chapter.description}\n\n${body}`;
}

async function replaceAsync(text: string, pattern: RegExp, replace: (match: string) => Promise<string>): Promise<string> {
  const matches = [...text.matchAll(pattern)];
  const replacements = await Promise.all(matches.map((m) => replace(m[1]!)));
  let out = '';
  let at = 0;
  matches.forEach((m, i) => {
    out += text.slice(at, m.index) + replacements[i];
    at = m.index! + m[0].length;
  });
  return out + text.slice(at);
}

export async function chapterMarkdownResponse(chapter: Chapter): Promise<Response> {
  return markdownResponse(await chapterText(chapter));
}

/** `llms.txt`: the book's title, a summary, then each part's chapters with a line each and a link to their Markdown. */
export async function llmsTxtResponse(locale: Locale, site: URL | undefined): Promise<Response> {
  const t = useTranslations(locale);
  const { partsOf } = await loadChapters();
  const url = (path: string) => (site ? new URL(path, site).href : path);
  const base = import.meta.env.BASE_URL;
  const sections = partsOf(locale).map(
    (part) =>
      `## ${part.title}\n\n${part.chapters.map((c) => `- [${c.title}](${url(`${chapterHref(locale, c.slug)}index.md`)}): ${c.description}`).join('\n')}`,
  );
  const full = url(`${homeHref(locale)}llms-full.txt`);
  // The PDF and EPUB, when this build makes them (src/export).
  const downloads = exportPlan().enabled ? [t('downloads.llms').replace('{pdf}', url(`${base}${pdfPath(locale)}`)).replace('{epub}', url(`${base}${epubPath(locale)}`))] : [];
  const text = [`# ${t('site.title')}`, `> ${t('site.tagline')}`, t('llms.details').replace('{full}', full), ...downloads, ...sections].join('\n\n');
  return markdownResponse(`${text}\n`, 'text/plain');
}

/** `llms-full.txt`: the whole book in one file, in reading order. */
export async function llmsFullResponse(locale: Locale): Promise<Response> {
  const t = useTranslations(locale);
  const { byLocale } = await loadChapters();
  const chapters = await Promise.all(byLocale[locale].map(chapterText));
  return markdownResponse(`# ${t('site.title')}\n\n> ${t('site.tagline')}\n\n${chapters.join('\n\n')}`, 'text/plain');
}
