// The settings screen against the simulated camera's real /api/schema and /api/settings: each
// group saved and read back, the server's validation at its fields, secrets never shown.
import type { APIRequestContext, Page } from '@playwright/test';
import { type SimCamera, startSimCamera } from '../fixtures/sim-camera.ts';
import { expect, test } from '../fixtures/test.ts';

interface Setting {
  key: string;
  type: 'bool' | 'int' | 'enum' | 'string';
  group: string;
  label: string;
  min?: number;
  max?: number;
  options?: { value: string; label: string }[];
  format?: string;
  secret?: boolean;
  advanced?: boolean;
}

// A camera per test: saved settings would otherwise leak into the next test.
let cam: SimCamera;
test.beforeEach(async () => {
  cam = await startSimCamera();
});
test.afterEach(async () => {
  await cam.stop();
});

const values = async (request: APIRequestContext) =>
  (await (await request.get(`${cam.url}api/settings`)).json()).values as Record<string, unknown>;

/** A value the camera accepts that differs from `now`, and how to enter it. */
function change(s: Setting, now: unknown): { value: unknown; enter: (page: Page) => Promise<void> } {
  const field = (page: Page) => page.getByLabel(s.label, { exact: false }).first();
  if (s.type === 'bool') return { value: !now, enter: (p) => field(p).setChecked(!now) };
  if (s.type === 'enum') {
    const o = s.options!.find((x) => x.value !== now)!;
    return {
      value: o.value,
      enter: (p) =>
        field(p)
          .selectOption(o.value)
          .then(() => {}),
    };
  }
  if (s.type === 'int') {
    const v = now === s.min ? s.max! : s.min!;
    return { value: v, enter: (p) => field(p).fill(String(v)) };
  }
  const v = `e2e-${s.group}`;
  return { value: v, enter: (p) => field(p).fill(v) };
}

test('every settings group saves a change that the camera keeps and the form shows after a reload', async ({
  page,
  request,
}) => {
  const schema: { groups: { id: string; label: string }[]; settings: Setting[] } = await (
    await request.get(`${cam.url}api/schema`)
  ).json();
  const before = await values(request);
  const sent: unknown[] = [];
  page.on('request', (r) => r.method() === 'PATCH' && sent.push(r.postDataJSON()));
  for (const g of schema.groups) {
    // The first plain setting of the group: secrets, formatted text and advanced ones have tests of their own.
    const s = schema.settings.find((x) => x.group === g.id && !x.secret && !x.format && !x.advanced);
    await page.goto(`${cam.url}#/settings/${g.id}`);
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(g.label);
    if (!s) continue;
    const { value, enter } = change(s, before[s.key]);
    await enter(page);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    expect(sent.at(-1)).toEqual({ [s.key]: value });
    expect((await values(request))[s.key]).toEqual(value);
    await page.reload();
    const field = page.getByLabel(s.label, { exact: false }).first();
    if (s.type === 'bool') await expect(field).toBeChecked({ checked: value as boolean });
    else await expect(field).toHaveValue(String(value));
  }
  expect(sent.length).toBeGreaterThanOrEqual(schema.groups.length - 1);
});

test('the camera refusing values shows each message at its field and keeps everything typed', async ({
  page,
}) => {
  await page.goto(`${cam.url}#/settings/camera`);
  const quality = page.getByLabel('JPEG quality');
  const rotation = page.getByLabel('Rotation');
  await quality.fill('999');
  await rotation.fill('45');
  // A change in another group travels with the same Save, and survives the refusal too.
  const groups = page.getByRole('navigation', { name: 'Settings' });
  await groups.getByRole('link', { name: 'System' }).click();
  await page.getByLabel('Camera name').fill('Garage');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert')).toHaveText('Some values need fixing; see the marked fields.');
  await expect(groups.getByRole('link', { name: /Camera.*⚠/ })).toBeVisible();
  await groups.getByRole('link', { name: /Camera/ }).click();
  await expect(quality).toHaveAttribute('aria-invalid', 'true');
  await expect(quality).toHaveAccessibleDescription(/must be between 1 and 100/);
  await expect(rotation).toHaveAccessibleDescription(/must be 0 plus a multiple of 90/);
  await expect(quality).toHaveValue('999');
  await expect(rotation).toHaveValue('45');
  await groups.getByRole('link', { name: 'System' }).click();
  await expect(page.getByLabel('Camera name')).toHaveValue('Garage');
});

test('a secret is sent once, never shown again, and left alone by later saves', async ({ page, request }) => {
  const token = 'abcdeABCDE0123456789';
  const bodies: string[] = [];
  page.on('response', async (r) => {
    if (r.url().includes('/api/settings')) bodies.push(await r.text());
  });
  await page.goto(`${cam.url}#/settings/upload`);
  const field = page.getByLabel('Camera token');
  await expect(field).toHaveAccessibleDescription('Not set.');
  await field.fill(token);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await expect(field).toHaveValue('');
  await expect(field).toHaveAccessibleDescription('Set. Leave empty to keep it.');
  await page.reload();
  await expect(field).toHaveValue('');
  await page.getByLabel('Upload interval').fill('60');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  expect((await values(request))['upload.token']).toEqual({ set: true });
  expect(bodies.length).toBeGreaterThan(2);
  for (const b of bodies) expect(b).not.toContain(token);
});

test('camera changes preview on the live picture before they are saved', async ({ page }) => {
  await page.goto(`${cam.url}#/settings/camera`);
  const live = page.getByRole('img', { name: 'Live view' });
  await expect(live).not.toHaveAttribute('style', /./);
  await page.getByLabel('Mirror horizontally').check();
  await page.getByLabel('Brightness').fill('2');
  await expect(live).toHaveAttribute('style', 'transform:scaleX(-1);filter:brightness(1.4)');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  // Saved: the camera now does it itself, so the preview lets go.
  await expect(live).not.toHaveAttribute('style', /./);
});

test('a change that needs a restart says so and offers one, from the keyboard alone', async ({ page }) => {
  await page.goto(`${cam.url}#/settings/network`);
  await page.getByText('Advanced').click();
  const host = page.getByLabel('Host name');
  await host.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('attic-cam');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await expect(page.getByText('Some changes take effect after a restart.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Restart now' })).toBeVisible();
});
