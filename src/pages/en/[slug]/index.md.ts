import type { APIRoute } from 'astro';
import type { Chapter } from '../../../chapters/build/chapters';
import { chapterMarkdownPaths, chapterMarkdownResponse } from '../../../markdown/build/markdown-routes';

/** Each English chapter as Markdown, beside its page: /en/<slug>/index.md. */
export const getStaticPaths = () => chapterMarkdownPaths('en');
export const GET: APIRoute<{ chapter: Chapter }> = ({ props }) => chapterMarkdownResponse(props.chapter);
