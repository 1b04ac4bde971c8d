import { webManifestRoute } from '../offline/node/web-manifest-route';

/** The Chinese book as an installable app. */
export const GET = webManifestRoute('zh');
