/**
 * Writes the fonts the social cards are drawn with (src/social/fonts/): Noto
 * Sans CJK SC, Regular and Bold, cut down to the characters the cards draw
 * (every chapter and part title and the book's name in both languages, from
 * content/ and src/i18n/ui.ts) plus printable ASCII and common punctuation.
 * The build never reads a system font; this script does, once, from the
 * fonts-noto-cjk package (SIL Open Font License 1.1, see
 * src/social/fonts/OFL.txt). Run it again after a title gains a character the
 * fonts lack (src/social/node/og-font.test.ts fails until then):
 *
 *   node scripts/current-node.mjs node scripts/make-og-font.ts [folder with NotoSansCJK-*.ttc]
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
import path from 'node:path';
import subsetFont from 'subset-font';

// src/ imports its siblings without the `.ts` that Vite adds; add it here.
registerHooks({
  resolve(specifier, context, next) {
    try {
      return next(specifier, context);
    } catch (error) {
      if (specifier.startsWith('.') && !path.extname(specifier)) return next(`${specifier}.ts`, context);
      throw error;
    }
  },
});
const { ogCards, ogCharacters } = await import('../src/social/node/og-pages.ts');
const { readParts } = await import('../src/social/node/og-content.ts');
const { OG_FONT_FILES, OG_EXTRA_CHARACTERS } = await import('../src/social/node/og-font-files.ts');

const root = path.resolve(import.meta.dirname, '..');
const systemFonts = process.argv[2] ?? '/usr/share/fonts/opentype/noto';
/** In a NotoSansCJK-*.ttc the faces run JP, KR, SC, TC, HK, then the mono ones. */
const SC_FACE = 'NotoSansCJKsc';

/** One face of a TrueType/OpenType collection as a font file of its own (its tables copied out). */
function faceOfCollection(ttc: Buffer, postscriptPrefix: string): Buffer {
  if (ttc.toString('latin1', 0, 4) !== 'ttcf') throw new Error('not a font collection');
  const count = ttc.readUInt32BE(8);
  for (let i = 0; i < count; i += 1) {
    const start = ttc.readUInt32BE(12 + 4 * i);
    const numTables = ttc.readUInt16BE(start + 4);
    const records = Array.from({ length: numTables }, (_, t) => {
      const at = start + 12 + 16 * t;
      return { at, tag: ttc.toString('latin1', at, at + 4), offset: ttc.readUInt32BE(at + 8), length: ttc.readUInt32BE(at + 12) };
    });
    const name = records.find((r) => r.tag === 'name');
    const face = Buffer.concat([ttc.subarray(start, start + 12 + 16 * numTables)]);
    const bodies: Buffer[] = [];
    let offset = face.length;
    records.forEach((r, t) => {
      face.writeUInt32BE(offset, 12 + 16 * t + 8);
      const body = Buffer.alloc(Math.ceil(r.length / 4) * 4);
      ttc.copy(body, 0, r.offset, r.offset + r.length);
      bodies.push(body);
      offset += body.length;
    });
    const font = Buffer.concat([face, ...bodies]);
    // The PostScript name (name id 6) is stored in UTF-16 for Windows; a plain search finds it.
    const nameTable = name && ttc.subarray(name.offset, name.offset + name.length);
    if (nameTable?.includes(Buffer.from(postscriptPrefix, 'utf16le').swap16())) return font;
  }
  throw new Error(`no ${postscriptPrefix} face in the collection`);
}

const cards = ogCards(readParts(path.join(root, 'content')));
const text = [...new Set([...ogCharacters(cards), ...OG_EXTRA_CHARACTERS])].sort().join('');
for (const [weight, file] of Object.entries(OG_FONT_FILES)) {
  const face = faceOfCollection(readFileSync(path.join(systemFonts, `NotoSansCJK-${weight}.ttc`)), `${SC_FACE}-${weight}`);
  const subset = await subsetFont(face, text, { targetFormat: 'sfnt' });
  const out = path.join(root, file);
  writeFileSync(out, subset);
  console.log(`${path.relative(root, out)}: ${[...text].length} characters, ${Math.round(statSync(out).size / 1024)} KB`);
}
