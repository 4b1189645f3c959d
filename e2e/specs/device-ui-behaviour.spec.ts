import { json, mockApi, working } from '../fixtures/mock-api.ts';
import { expect, test } from '../fixtures/test.ts';

test('a camera that cannot be reached is reported and reconnected to by itself', async ({ page, camera }) => {
  let calls = 0;
  let up = false;
  await mockApi(page, {
    ...working,
    'GET /api/info': (route) => {
      calls++;
      return up ? json(route, 200, working['GET /api/info'].json) : route.abort('connectionrefused');
    },
  });
  await page.goto(camera.url);
  await expect(page.getByRole('alert').filter({ hasText: 'No connection to the camera' })).toBeVisible();
  // It keeps trying without a click, and shows the camera as soon as it answers.
  await expect.poll(() => calls).toBeGreaterThan(1);
  up = true;
  await expect(page.getByRole('banner')).toContainText('Desk cam', { timeout: 15_000 });
  await expect(page.getByRole('alert').filter({ hasText: 'No connection' })).toHaveCount(0);
});

test('the home screen shows Wi-Fi, uptime, firmware and the upload error in words', async ({
  page,
  camera,
}) => {
  await mockApi(page, working);
  await page.goto(camera.url);
  await expect(page.getByRole('img', { name: 'signal 3 of 4' })).toBeVisible();
  await expect(page.getByText('1 h 2 min')).toBeVisible();
  await expect(page.getByText('0.1.0')).toBeVisible();
  await expect(page.getByText('Prusa Connect refused the token')).toBeVisible();
});

test('a password-protected camera asks to log in, then sends the token on every call', async ({
  page,
  camera,
}) => {
  let token = '';
  await mockApi(page, {
    ...working,
    'POST /api/login': (route) => {
      const ok = route.request().postDataJSON().password === 'right';
      return ok ? json(route, 200, { token: 'T0K', expires_s: 3600 }) : json(route, 401, {});
    },
    'GET /api/info': (route) => {
      token = route.request().headers().authorization ?? '';
      return token === 'Bearer T0K'
        ? json(route, 200, working['GET /api/info'].json)
        : json(route, 401, { error: { code: 'unauthorized', message: 'Log in' } });
    },
  });
  await page.goto(camera.url);
  await expect(page.getByRole('heading', { name: 'Log in' })).toBeVisible();
  await page.getByLabel('Password').fill('wrong');
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('alert')).toHaveText('Wrong password.');
  await expect(page.getByLabel('Password')).toHaveValue('wrong');
  await page.getByLabel('Password').fill('right');
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('banner')).toContainText('Desk cam');
  expect(token).toBe('Bearer T0K');
});

test('a refused Save shows the server message at its field and keeps what was typed', async ({
  page,
  camera,
}) => {
  const sent: unknown[] = [];
  await mockApi(page, {
    ...working,
    'PATCH /api/settings': (route) => {
      sent.push(route.request().postDataJSON());
      return json(route, 400, {
        error: {
          code: 'invalid_settings',
          message: 'Invalid settings',
          field: 'camera.quality',
          fields: [{ field: 'camera.quality', code: 'out_of_range', message: 'Must be 4 to 63' }],
        },
      });
    },
  });
  await page.goto(`${camera.url}#/settings/camera`);
  const quality = page.getByLabel('JPEG quality');
  await quality.fill('99');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Must be 4 to 63')).toBeVisible();
  await expect(quality).toHaveAttribute('aria-invalid', 'true');
  await expect(quality).toHaveValue('99');
  expect(sent).toEqual([{ 'camera.quality': 99 }]);
  // The form survives a visit to another group.
  const groups = page.getByRole('navigation', { name: 'Settings' });
  await groups.getByRole('link', { name: 'System' }).click();
  await expect(page.getByLabel('Camera name')).toBeVisible();
  await groups.getByRole('link', { name: /Camera/ }).click();
  await expect(quality).toHaveValue('99');
});

test('Save sends only the changed values and reports success', async ({ page, camera }) => {
  const sent: unknown[] = [];
  await mockApi(page, {
    ...working,
    'PATCH /api/settings': (route) => {
      sent.push(route.request().postDataJSON());
      return json(route, 200, {
        values: { 'camera.quality': 12, 'system.name': 'Garage' },
        reboot_required: false,
      });
    },
  });
  await page.goto(`${camera.url}#/settings/system`);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Nothing changed.' })).toBeVisible();
  await page.getByLabel('Camera name').fill('Garage');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  expect(sent).toEqual([{ 'system.name': 'Garage' }]);
});
