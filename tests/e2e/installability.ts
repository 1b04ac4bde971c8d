import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/lib/chromium';

/**
 * Chromium's own installability verdict for a page (CDP
 * Page.getInstallabilityErrors): an empty list means installable. It needs a
 * real profile: in Playwright's usual (incognito-like) contexts the answer is
 * always "in-incognito".
 */
export async function installabilityErrors(url: string): Promise<unknown[]> {
  const profile = mkdtempSync(path.join(tmpdir(), 'install-check-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url);
    const cdp = await context.newCDPSession(page);
    // The manifest and its icons load after the page; ask until Chromium has them (or 10 s have passed).
    let errors: unknown[] = [];
    for (const deadline = Date.now() + 10_000; Date.now() < deadline; await page.waitForTimeout(250)) {
      errors = (await cdp.send('Page.getInstallabilityErrors')).installabilityErrors;
      if (errors.length === 0) break;
    }
    return errors;
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
