/**
 * Draws the app icons the web app manifests list (public/icons/), from the
 * favicon's mark: PNG 192 and 512 with rounded corners, as the favicon, and
 * a maskable 512 whose mark sits inside the central 80 % safe zone on a
 * full-bleed background, so any launcher mask keeps it whole.
 * Run again after changing public/favicon.svg: `node scripts/make-icons.ts`.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

const root = path.resolve(import.meta.dirname, '..');
const favicon = readFileSync(path.join(root, 'public/favicon.svg'), 'utf8');
const mark = /<path [^>]+\/>/.exec(favicon)?.[0];
const background = /<rect [^>]*fill="([^"]+)"/.exec(favicon)?.[1];
if (!mark || !background) throw new Error('public/favicon.svg: expected a <rect fill> background and a <path> mark');
const out = path.join(root, 'public/icons');
mkdirSync(out, { recursive: true });

const write = async (name: string, size: number, svg: string) => {
  await sharp(Buffer.from(svg)).resize(size, size).png({ compressionLevel: 9 }).toFile(path.join(out, name));
  console.log(`Wrote public/icons/${name}`);
};
await write('icon-192.png', 192, favicon);
await write('icon-512.png', 512, favicon);
// The mark at 64 % of the icon: well inside the 80 % circle maskable icons must keep.
await write(
  'maskable-512.png',
  512,
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="${background}"/><g transform="translate(11.5 11.5) scale(0.64)">${mark}</g></svg>`,
);
