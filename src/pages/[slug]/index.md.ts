import type { APIRoute } from 'astro';
import type { Chapter } from '../../chapters/build/chapters';
import { chapterMarkdownPaths, chapterMarkdownResponse } from '../../markdown/build/markdown-routes';

/** Each Chinese chapter as Markdown, beside its page: /<slug>/index.md. */
export const getStaticPaths = () => chapterMarkdownPaths('zh');
export const GET: APIRoute<{ chapter: Chapter }> = ({ props }) => chapterMarkdownResponse(props.chapter);
