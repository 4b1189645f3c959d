// Peer discovery between simulated cameras: three cameras sharing a --peers-dir (the simulation's
// stand-in for mDNS) each list the other two at /api/peers, and drop one that shuts down.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { type SimCamera, startSimCamera } from '../fixtures/sim-camera.ts';
import { expect, test } from '../fixtures/test.ts';

interface Peer {
  name: string;
  host: string;
  ip: string;
  port: number;
  version: string;
  seen_s: number;
}

/** Discovery refreshes every half second in the simulation; this only bounds a broken run. */
const DISCOVERY_WAIT_MS = 15_000;

async function peerPorts(request: APIRequestContext, camera: SimCamera): Promise<number[]> {
  const res = await request.get(`${camera.url}api/peers`);
  expect(res.status()).toBe(200);
  const body: { peers: Peer[] } = await res.json();
  return body.peers.map((p) => p.port).sort((a, b) => a - b);
}

test.describe('three simulated cameras on one network', () => {
  let cameras: SimCamera[] = [];
  test.beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'printcam-peers-'));
    cameras = await Promise.all([0, 1, 2].map(() => startSimCamera({ extraArgs: ['--peers-dir', dir] })));
  });
  test.afterAll(async () => {
    await Promise.all(cameras.map((c) => c.stop()));
  });

  test('each camera lists the other two, never itself', async ({ request }) => {
    for (const camera of cameras) {
      const others = cameras
        .filter((c) => c !== camera)
        .map((c) => c.port)
        .sort((a, b) => a - b);
      await expect.poll(() => peerPorts(request, camera), { timeout: DISCOVERY_WAIT_MS }).toEqual(others);
    }
    const res = await request.get(`${cameras[0].url}api/peers`);
    const { peers }: { peers: Peer[] } = await res.json();
    for (const peer of peers) {
      expect(peer).toMatchObject({
        ip: '127.0.0.1',
        version: expect.stringMatching(/^\d+\.\d+\.\d+/),
        name: 'printcam',
      });
      // Each camera's default host name carries its MAC: printcam-xxxxxx.local.
      expect(peer.host).toMatch(/^printcam-[0-9a-f]{6}(-\d+)?\.local$/);
      expect(peer.seen_s).toBeGreaterThanOrEqual(0);
    }
    // Distinct host names, whether from the MAC or from mDNS-style conflict resolution.
    expect(new Set(peers.map((p) => p.host)).size).toBe(peers.length);
  });

  test('a camera that shuts down leaves the others\u2019 lists', async ({ request }) => {
    const leaving = cameras[2];
    await leaving.stop();
    cameras = cameras.slice(0, 2);
    await expect
      .poll(() => peerPorts(request, cameras[0]), { timeout: DISCOVERY_WAIT_MS })
      .toEqual([cameras[1].port]);
  });
});
