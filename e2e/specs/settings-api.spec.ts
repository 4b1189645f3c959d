// The settings API over real HTTP against the simulated camera: schema, patches, secrets, and
// persistence across a restart of the camera on the same data folder.
import type { APIRequestContext } from '@playwright/test';
import { startSimCamera } from '../fixtures/sim-camera.ts';
import { expect, test } from '../fixtures/test.ts';

interface Values {
  values: Record<string, unknown>;
  reboot_required: boolean;
}

const getValues = async (request: APIRequestContext, url: string): Promise<Values> => {
  const res = await request.get(`${url}api/settings`);
  expect(res.status()).toBe(200);
  return res.json();
};

test('GET /api/schema describes every setting with its group, type and default', async ({
  request,
  camera,
}) => {
  const res = await request.get(`${camera.url}api/schema`);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('application/json');
  const schema = await res.json();
  expect(schema.version).toBeGreaterThanOrEqual(1);
  expect(schema.groups.map((g: { id: string }) => g.id)).toContain('camera');
  const frameSize = schema.settings.find((s: { key: string }) => s.key === 'camera.frame_size');
  expect(frameSize).toMatchObject({ type: 'enum', group: 'camera', default: 'SVGA' });
  expect(frameSize.options).toContainEqual({ value: 'UXGA', label: 'UXGA 1600×1200' });
  const token = schema.settings.find((s: { key: string }) => s.key === 'upload.token');
  expect(token).toMatchObject({ secret: true, format: 'alnum' });
});

test('a good PATCH is applied and secrets are never echoed', async ({ request, camera }) => {
  const res = await request.patch(`${camera.url}api/settings`, {
    data: { 'light.flash_ms': 300, 'upload.token': 'abcdeABCDE0123456789', 'security.cors_origins': '' },
  });
  expect(res.status()).toBe(200);
  const text = await res.text();
  expect(text).not.toContain('abcdeABCDE');
  const body: Values = JSON.parse(text);
  expect(body.values['light.flash_ms']).toBe(300);
  expect(body.values['upload.token']).toEqual({ set: true });
  const read = await request.get(`${camera.url}api/settings`);
  expect(await read.text()).not.toContain('abcdeABCDE');
});

test('one bad field among good ones answers 400 naming it, and nothing changes', async ({
  request,
  camera,
}) => {
  const before = await getValues(request, camera.url);
  const res = await request.patch(`${camera.url}api/settings`, {
    data: { 'upload.interval_s': 120, 'camera.wb_mode': 'tungsten', 'system.name': 'changed' },
  });
  expect(res.status()).toBe(400);
  const { error } = await res.json();
  expect(error.code).toBe('invalid_settings');
  expect(error.field).toBe('camera.wb_mode');
  expect(error.fields).toEqual([
    {
      field: 'camera.wb_mode',
      code: 'unknown_option',
      message: 'must be one of: auto, sunny, cloudy, office, home',
    },
  ]);
  expect(await getValues(request, camera.url)).toEqual(before);
});

test('malformed JSON answers 400 invalid_json with the byte position', async ({ request, camera }) => {
  const res = await request.patch(`${camera.url}api/settings`, {
    headers: { 'Content-Type': 'application/json' },
    // A Buffer is sent as is; a string would be JSON-encoded by Playwright.
    data: Buffer.from('{"upload.interval_s": }'),
  });
  expect(res.status()).toBe(400);
  const { error } = await res.json();
  expect(error.code).toBe('invalid_json');
  expect(error.position).toBe(22);
});

test('settings persist across a restart of the camera on the same data folder', async ({ request }) => {
  const first = await startSimCamera();
  try {
    const res = await request.patch(`${first.url}api/settings`, {
      data: { 'upload.interval_s': 75, 'network.wifi_password': 'wifi-pass-123', 'system.name': 'garage' },
    });
    expect(res.status()).toBe(200);
  } finally {
    await first.stop();
  }
  const second = await startSimCamera({ dataDir: first.dataDir });
  try {
    const { values } = await getValues(request, second.url);
    expect(values['upload.interval_s']).toBe(75);
    expect(values['system.name']).toBe('garage');
    expect(values['network.wifi_password']).toEqual({ set: true });
  } finally {
    await second.stop();
  }
});

test('a factory reset needs its confirmation, then restores the defaults', async ({ request }) => {
  const cam = await startSimCamera();
  try {
    await request.patch(`${cam.url}api/settings`, { data: { 'upload.interval_s': 200 } });
    const refused = await request.post(`${cam.url}api/factory-reset`, { data: { confirm: 'yes' } });
    expect(refused.status()).toBe(400);
    expect((await getValues(request, cam.url)).values['upload.interval_s']).toBe(200);
    const reset = await request.post(`${cam.url}api/factory-reset`, { data: { confirm: 'factory-reset' } });
    expect(reset.status()).toBe(202);
    // The camera restarts after a factory reset: ask until it answers again.
    await expect
      .poll(async () => {
        try {
          return (await getValues(request, cam.url)).values['upload.interval_s'];
        } catch {
          return 'restarting';
        }
      })
      .toBe(30);
  } finally {
    await cam.stop();
  }
});
