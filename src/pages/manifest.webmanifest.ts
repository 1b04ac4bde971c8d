import { webManifestRoute } from '../lib/web-manifest-route';

/** The Chinese book as an installable app. */
export const GET = webManifestRoute('zh');
