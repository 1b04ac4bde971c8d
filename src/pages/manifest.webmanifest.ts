import { webManifestRoute } from '../offline/build/web-manifest-route';

/** The Chinese book as an installable app. */
export const GET = webManifestRoute('zh');
