import { expect, test } from './fixtures';
import { installabilityErrors } from './installability';

/**
 * Each language installs as an app: Chromium's own installability check
 * (CDP Page.getInstallabilityErrors, what Lighthouse's retired PWA category
 * relied on) finds nothing missing, and every icon the manifest lists is
 * served at the size it claims.
 */
const pngSize = (bytes: Buffer) => [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];

for (const [home, lang] of [
  ['/', 'zh-CN'],
  ['/en/', 'en'],
] as const) {
  test(`${home} is installable, as the ${lang} book, with its icons`, async ({ page, request, baseURL }) => {
    await page.goto(`${home}background/`);
    // In the HTML itself, for readers without JavaScript, crawlers and validators.
    const link = page.locator('head link[rel="manifest"]');
    await expect(link).toHaveAttribute('href', `${home}manifest.webmanifest`);
    const href = await link.getAttribute('href');
    const manifest = await (await request.get(href!)).json();
    expect(manifest).toMatchObject({ lang, start_url: home, scope: home, id: home, display: 'standalone' });
    for (const icon of manifest.icons as { src: string; sizes: string; type: string }[]) {
      const response = await request.get(icon.src);
      expect(response.status(), icon.src).toBe(200);
      if (icon.type === 'image/png') expect(pngSize(await response.body()).join('x'), icon.src).toBe(icon.sizes);
    }
    expect(manifest.icons.some((i: { purpose?: string }) => i.purpose === 'maskable')).toBe(true);
    expect(await installabilityErrors(new URL(`${home}background/`, baseURL).href)).toEqual([]);
  });
}
