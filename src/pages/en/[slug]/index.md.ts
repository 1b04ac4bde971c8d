import type { APIRoute } from 'astro';
import type { Chapter } from '../../../chapters/node/chapters';
import { chapterMarkdownPaths, chapterMarkdownResponse } from '../../../markdown/node/markdown-routes';

/** Each English chapter as Markdown, beside its page: /en/<slug>/index.md. */
export const getStaticPaths = () => chapterMarkdownPaths('en');
export const GET: APIRoute<{ chapter: Chapter }> = ({ props }) => chapterMarkdownResponse(props.chapter);
