/**
 * The path the app is served under: "/" on its own host, "/printcam/" on a project page. The build
 * writes it into <base href>, so routes and assets resolve the same on every host.
 */
export const appBase = new URL(document.baseURI).pathname.replace(/[^/]*$/, '');

/** An in-app path such as "wall" or "cameras/abc" as an absolute URL path under the base. */
export function appPath(path: string): string {
  return appBase + path.replace(/^\//, '');
}
