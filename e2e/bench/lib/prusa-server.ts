import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { prusaShapedFiles } from './prusa-shape.ts';

/** The Prusa firmware's cache header on everything but scripts.js (prusaconnect-esp32cam.md §4.2). */
const PRUSA_CACHE_CONTROL = 'public, max-age=86400';

export interface FixtureServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves the Prusa-shaped fixture on 127.0.0.1 the way that firmware does: uncompressed, no
 * ETag or Last-Modified (so nothing revalidates), its Cache-Control, 404 for anything else.
 */
export async function startPrusaShapedServer(): Promise<FixtureServer> {
  const files = prusaShapedFiles();
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const file = files.get(path);
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('URL not Found\n');
      return;
    }
    res.writeHead(200, {
      'Content-Type': file.contentType,
      'Content-Length': file.body.length,
      ...(file.cacheable ? { 'Cache-Control': PRUSA_CACHE_CONTROL } : {}),
    });
    res.end(file.body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
