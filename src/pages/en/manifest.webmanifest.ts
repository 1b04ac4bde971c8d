import { webManifestRoute } from '../../lib/web-manifest-route';

/** The English book as an installable app. */
export const GET = webManifestRoute('en');
