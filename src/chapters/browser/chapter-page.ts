import { initChapterKeys } from './chapter-keys';
import { initScrollSpy } from './toc-scroll-spy';

/**
 * What a chapter page does on its own, in one script rather than one per
 * component: the table of contents follows the reader (TableOfContents.astro)
 * and the arrow keys turn the page (PrevNextLinks.astro). Every chapter page
 * has both, so one request serves them. ChapterLayout.astro loads it.
 */
initScrollSpy();
initChapterKeys();
