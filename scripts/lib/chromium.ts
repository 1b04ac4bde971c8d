import { existsSync } from 'node:fs';

/** Debian's Chromium; Playwright never downloads a browser of its own here. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
export const HAS_CHROMIUM = existsSync(CHROMIUM_PATH);
export const PREVIEW_PORT = Number(process.env.PREVIEW_PORT ?? 4329);
export const PREVIEW_ORIGIN = `http://127.0.0.1:${PREVIEW_PORT}`;

/** The second build, served under a base path as on GitHub Pages (`npm run build:subpath`). */
export const SUBPATH = '/guide/';
export const SUBPATH_PORT = Number(process.env.SUBPATH_PORT ?? 4331);
export const SUBPATH_ORIGIN = `http://127.0.0.1:${SUBPATH_PORT}`;
