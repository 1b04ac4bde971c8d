import type { APIRoute } from 'astro';
import { llmsFullResponse } from '../markdown/node/markdown-routes';

/** The whole Chinese book as one Markdown file, in reading order. */
export const GET: APIRoute = () => llmsFullResponse('zh');
