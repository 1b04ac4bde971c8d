/**
 * Draws public/social-card.jpg, the 1200×630 preview image that Open Graph
 * and Twitter cards show, from the site title in both languages. Run again
 * after changing the title: `node scripts/make-social-card.ts`.
 */
import path from 'node:path';
import { chromium } from '@playwright/test';
import { ui } from '../src/i18n/ui.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium.ts';

const html = `<!doctype html><html><head><meta charset="utf-8"><style>
  body { margin: 0; width: 1200px; height: 630px; display: flex; flex-direction: column; justify-content: center;
    padding: 0 96px; box-sizing: border-box; background: linear-gradient(135deg, #0550ae, #0d1117);
    color: #fff; font-family: 'Noto Sans CJK SC', 'Noto Sans SC', system-ui, sans-serif; }
  h1 { margin: 0 0 12px; font-size: 84px; letter-spacing: 0.04em; }
  h2 { margin: 0 0 40px; font-size: 52px; font-weight: 500; opacity: 0.92; }
  p { margin: 0; font-size: 30px; opacity: 0.8; line-height: 1.5; }
</style></head><body>
  <h1>${ui.zh['site.title']}</h1><h2>${ui.en['site.title']}</h2>
  <p>${ui.zh['site.tagline']}<br>${ui.en['site.tagline']}</p>
</body></html>`;

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await page.setContent(html);
const out = path.resolve(import.meta.dirname, '../public/social-card.jpg');
await page.screenshot({ path: out, type: 'jpeg', quality: 88 });
await browser.close();
console.log(`Wrote ${out}`);
