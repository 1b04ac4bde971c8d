import { test as base, expect } from '@playwright/test';
import { HAS_CHROMIUM, CHROMIUM_PATH } from '../../scripts/lib/chromium';

// Outside CI, playwright.config.ts skips every browser test when Chromium is missing; in CI that is an error.
if (!HAS_CHROMIUM && process.env.CI) {
  throw new Error(`Chromium not found at ${CHROMIUM_PATH}; CI must install it (see .ci/run).`);
}

interface Guard {
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
  /** Errors a test provokes on purpose; anything else still fails it. */
  allow: RegExp[];
  /** Requests to any host other than the site's own. */
  foreignRequests: string[];
}

/**
 * Every browser test also checks, for every page it opens, that nothing was
 * logged as an error and no request left 127.0.0.1.
 */
export const test = base.extend<{ guard: Guard }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const guard: Guard = { errors: [], allow: [], foreignRequests: [] };
      const origin = new URL(baseURL!).origin;
      // Chromium logs most CSP violations itself; this makes every one of them a console error.
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
        });
      });
      page.on('console', (message) => {
        if (message.type() === 'error') guard.errors.push(`${page.url()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => guard.errors.push(`${page.url()}: ${error.message}`));
      page.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (!url.startsWith(origin)) guard.foreignRequests.push(url);
      });
      await use(guard);
      expect(guard.errors.filter((e) => !guard.allow.some((re) => re.test(e))), 'console errors').toEqual([]);
      expect(guard.foreignRequests, 'requests that left the site').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
