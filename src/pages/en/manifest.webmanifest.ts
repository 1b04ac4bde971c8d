import { webManifestRoute } from '../../offline/node/web-manifest-route';

/** The English book as an installable app. */
export const GET = webManifestRoute('en');
