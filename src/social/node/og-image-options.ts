/**
 * How a social card looks, in the site's light theme (src/styles/global.css):
 * the book's name small at the top, a chapter's part in the link colour above
 * its title in large bold type, the link colour again as a bar down the left
 * edge. astro-og-canvas lays out a logo image above one paragraph, so the
 * book's name is drawn here into a small transparent PNG that serves as the
 * logo, and the part and title fill the paragraph's "title" and
 * "description" styles.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { OGImageOptions } from 'astro-og-canvas';
import initCanvasKit, { type CanvasKit } from 'canvaskit-wasm/full';
import type { Locale } from '../../i18n/locales';
import { OG_FONT_FAMILY, OG_FONT_FILES } from './og-font-files';
import type { OgCard } from './og-pages';

type RGB = [number, number, number];
/** The light theme's colours (src/styles/global.css). */
export const OG_COLOURS = {
  bg: [0xff, 0xff, 0xff],
  bgSoft: [0xf6, 0xf8, 0xfa],
  text: [0x1f, 0x23, 0x28],
  muted: [0x57, 0x60, 0x6a],
  link: [0x05, 0x50, 0xae],
} as const satisfies Record<string, RGB>;

/** Generated images and the book-name logos are kept between builds, beside Astro's own cache (ASTRO_CACHE_DIR as in astro.config.mjs). */
const CACHE_DIR = path.join(process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro', 'og-canvas');
const PADDING = 80;
const BOOK_NAME_SIZE = 30;

// astro-og-canvas reports each font it loads on console.debug; the build log needs none of it.
const debug = console.debug.bind(console);
console.debug = (...args: unknown[]) => {
  if (args[0] !== '[astro-og-canvas]') debug(...args);
};

let canvasKit: Promise<CanvasKit> | undefined;
function getCanvasKit(): Promise<CanvasKit> {
  const { resolve } = createRequire(import.meta.url);
  canvasKit ??= initCanvasKit({ locateFile: (file: string) => resolve(`canvaskit-wasm/bin/full/${file}`) });
  return canvasKit;
}

const logos = new Map<Locale, Promise<string>>();

/** The book's name as a transparent PNG, tightly cropped; returns its path. */
function bookNameLogo(locale: Locale, bookName: string): Promise<string> {
  let logo = logos.get(locale);
  if (!logo) {
    logo = drawBookName(bookName);
    logos.set(locale, logo);
  }
  return logo;
}

async function drawBookName(bookName: string): Promise<string> {
  const CanvasKit = await getCanvasKit();
  const font = readFileSync(OG_FONT_FILES.Regular);
  const fontMgr = CanvasKit.FontMgr.FromData(font.buffer.slice(font.byteOffset, font.byteOffset + font.byteLength));
  if (!fontMgr) throw new Error(`${OG_FONT_FILES.Regular}: not a font CanvasKit can read`);
  const builder = CanvasKit.ParagraphBuilder.Make(
    new CanvasKit.ParagraphStyle({
      textStyle: {
        color: CanvasKit.Color(...OG_COLOURS.muted),
        fontFamilies: [OG_FONT_FAMILY],
        fontSize: BOOK_NAME_SIZE,
        letterSpacing: 1,
        heightMultiplier: 1.2,
      },
    }),
    fontMgr,
  );
  builder.addText(bookName);
  const paragraph = builder.build();
  paragraph.layout(1000);
  const [width, height] = [Math.ceil(paragraph.getMaxIntrinsicWidth()), Math.ceil(paragraph.getHeight())];
  const surface = CanvasKit.MakeSurface(width, height);
  if (!surface) throw new Error('CanvasKit could not make a surface');
  surface.getCanvas().drawParagraph(paragraph, 0, 0);
  const png = surface.makeImageSnapshot().encodeToBytes();
  surface.dispose();
  paragraph.delete();
  builder.delete();
  fontMgr.delete();
  if (!png) throw new Error('CanvasKit could not encode the book-name logo');
  const file = path.join(CACHE_DIR, `book-name-${createHash('sha256').update(png).digest('hex').slice(0, 12)}.png`);
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileSync(file, png);
  return file;
}

/** astro-og-canvas's options for one card. */
export async function ogImageOptions(card: OgCard): Promise<OGImageOptions> {
  // A title that would wrap at 80px (about 11 CJK characters or 24 Latin ones) is drawn at 64px.
  const long = [...card.title].length > (card.locale === 'zh' ? 11 : 24);
  return {
    title: card.eyebrow,
    description: card.title,
    logo: { path: await bookNameLogo(card.locale, card.bookName) },
    bgGradient: [[...OG_COLOURS.bg], [...OG_COLOURS.bgSoft]],
    border: { color: [...OG_COLOURS.link], width: 16, side: 'inline-start' },
    padding: PADDING,
    fonts: [OG_FONT_FILES.Regular, OG_FONT_FILES.Bold],
    font: {
      title: { families: [OG_FONT_FAMILY], weight: 'Normal', size: 36, lineHeight: 1.3, color: [...OG_COLOURS.link] },
      description: { families: [OG_FONT_FAMILY], weight: 'Bold', size: long ? 64 : 80, lineHeight: 1.25, color: [...OG_COLOURS.text] },
    },
    format: 'PNG',
    cacheDir: CACHE_DIR,
  };
}
