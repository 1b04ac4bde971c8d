import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import initCanvasKit from 'canvaskit-wasm/full';
import { describe, expect, it } from 'vitest';
import { readParts } from './og-content';
import { ogCards, ogCharacters } from './og-pages';
import { OG_FONT_FAMILY, OG_FONT_FILES } from './og-font-files';

const root = path.resolve(import.meta.dirname, '../../..');
const { resolve } = createRequire(import.meta.url);
// The renderer the cards are drawn with reads the fonts' character maps: glyph 0 is "missing".
const CanvasKit = await initCanvasKit({ locateFile: (file: string) => resolve(`canvaskit-wasm/bin/full/${file}`) });

/** The characters of `text` that `fontFile` has no glyph for. */
function missingCharacters(fontFile: string, text: string): string[] {
  const data = readFileSync(path.join(root, fontFile));
  const typeface = CanvasKit.Typeface.MakeTypefaceFromData(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength));
  if (!typeface) throw new Error(`${fontFile} is not a font CanvasKit can read`);
  const characters = [...new Set(text)].filter((c) => c.trim() !== '');
  const ids = typeface.getGlyphIDs(characters.join(''));
  typeface.delete();
  return characters.filter((_, i) => ids[i] === 0);
}

describe('the social cards’ fonts', () => {
  const characters = [...ogCharacters(ogCards(readParts(path.join(root, 'content'))))].join('');
  for (const [weight, file] of Object.entries(OG_FONT_FILES)) {
    it(`${weight} covers every character of every card (else run scripts/make-og-font.ts)`, () => {
      expect(missingCharacters(file, characters)).toEqual([]);
    });
  }
  it('notices a character the fonts lack', () => {
    expect(missingCharacters(OG_FONT_FILES.Regular, '背景鑫')).toEqual(['鑫']);
  });
  it(`are ${OG_FONT_FAMILY}, small, under the OFL`, () => {
    const manager = CanvasKit.FontMgr.FromData(...Object.values(OG_FONT_FILES).map((f) => new Uint8Array(readFileSync(path.join(root, f))).buffer));
    expect(manager?.getFamilyName(0)).toBe(OG_FONT_FAMILY);
    for (const file of Object.values(OG_FONT_FILES)) expect(readFileSync(path.join(root, file)).length).toBeLessThan(200_000);
    expect(readFileSync(path.join(root, 'src/social/fonts/OFL.txt'), 'utf8')).toContain('SIL OPEN FONT LICENSE Version 1.1');
  });
});
