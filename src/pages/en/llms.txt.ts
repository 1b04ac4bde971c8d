import type { APIRoute } from 'astro';
import { llmsTxtResponse } from '../../markdown/node/markdown-routes';

/** The llmstxt.org index of the English book: every chapter with a line and a link to its Markdown. */
export const GET: APIRoute = ({ site }) => llmsTxtResponse('en', site);
