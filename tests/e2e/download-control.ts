import type { APIRequestContext, Page } from '@playwright/test';
import { expect } from './fixtures';
import { formatSize } from '../../src/export/node/downloads';

const TYPES = { pdf: 'application/pdf', epub: 'application/epub+zip' } as const;

/**
 * On `pagePath`: the download control (src/export/Downloads.astro) offers the
 * PDF and the EPUB of the page's language, each link answers 200 with its
 * type, and the size it shows is the size served.
 */
export async function checkDownloadControl(page: Page, request: APIRequestContext, pagePath: string, locale: 'zh' | 'en'): Promise<void> {
  await page.goto(pagePath);
  const control = page.locator('main .downloads');
  await expect(control).toHaveCount(1);
  await expect(control).toHaveAccessibleName(locale === 'zh' ? '下载全书' : 'Download the book');
  const links = control.getByRole('link');
  await expect(links).toHaveCount(2);
  for (const [index, kind] of (['pdf', 'epub'] as const).entries()) {
    const link = links.nth(index);
    await expect(link).toHaveAttribute('download', '');
    await expect(link).toHaveAttribute('type', TYPES[kind]);
    const href = (await link.getAttribute('href'))!;
    expect(href, `${pagePath}: the ${kind} of this language`).toMatch(new RegExp(`/downloads/building-with-large-models-${locale}\\.${kind}$`));
    // HEAD: the status, type and length are what the control promises; megabytes of body would
    // only load the server that other tests, running alongside, are timing.
    const response = await request.head(href);
    expect(response.status(), href).toBe(200);
    expect(response.headers()['content-type'], href).toContain(TYPES[kind]);
    const bytes = Number(response.headers()['content-length']);
    expect(bytes, `${href}: content-length`).toBeGreaterThan(0);
    await expect(link).toHaveAccessibleName(new RegExp(`^${locale === 'zh' ? '下载' : 'Download'} ${kind.toUpperCase()}\\W+${formatSize(bytes).replace('.', '\\.')}\\W*$`));
  }
}
