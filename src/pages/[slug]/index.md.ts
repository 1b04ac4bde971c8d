import type { APIRoute } from 'astro';
import { chapterMarkdownPaths, chapterMarkdownResponse } from '../../lib/markdown-routes';

/** Each Chinese chapter as Markdown, beside its page: /<slug>/index.md. */
export const getStaticPaths = () => chapterMarkdownPaths('zh');
export const GET: APIRoute = ({ params }) => chapterMarkdownResponse('zh', params.slug!);
