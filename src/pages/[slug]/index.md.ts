import type { APIRoute } from 'astro';
import type { Chapter } from '../../chapters/node/chapters';
import { chapterMarkdownPaths, chapterMarkdownResponse } from '../../markdown/node/markdown-routes';

/** Each Chinese chapter as Markdown, beside its page: /<slug>/index.md. */
export const getStaticPaths = () => chapterMarkdownPaths('zh');
export const GET: APIRoute<{ chapter: Chapter }> = ({ props }) => chapterMarkdownResponse(props.chapter);
