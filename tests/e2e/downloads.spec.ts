import { test } from './fixtures';
import { checkDownloadControl } from './download-control';

/** The book to take away (src/export): the control on both home pages and both whole-book pages. */
test.describe('downloading the book', () => {
  for (const [path, locale] of [
    ['/', 'zh'],
    ['/book/', 'zh'],
    ['/en/', 'en'],
    ['/en/book/', 'en'],
  ] as const) {
    test(`${path} offers the ${locale} PDF and EPUB with their sizes`, async ({ page, request }) => {
      await checkDownloadControl(page, request, path, locale);
    });
  }
});
