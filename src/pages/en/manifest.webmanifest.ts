import { webManifestRoute } from '../../offline/build/web-manifest-route';

/** The English book as an installable app. */
export const GET = webManifestRoute('en');
