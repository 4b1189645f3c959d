// The device UI against the simulated camera, with page-level fakes only for routes the camera does
// not serve yet and for failures it cannot produce on demand (e2e/fixtures/fake-routes.ts).
import { fakeRoutes, info, json, notYetInSim } from '../fixtures/fake-routes.ts';
import { expect, test } from '../fixtures/test.ts';

test('a camera that cannot be reached is reported and reconnected to by itself', async ({ page, camera }) => {
  let calls = 0;
  let up = false;
  await fakeRoutes(page, {
    ...notYetInSim,
    'GET /api/info': (route) => {
      calls++;
      return up ? json(route, 200, info) : route.abort('connectionrefused');
    },
  });
  await page.goto(`${camera.url}#/home`);
  await expect(page.getByRole('alert').filter({ hasText: 'No connection to the camera' })).toBeVisible();
  // It keeps trying without a click, and shows the camera as soon as it answers.
  await expect.poll(() => calls).toBeGreaterThan(1);
  up = true;
  await expect(page.getByRole('banner')).toContainText('Desk cam', { timeout: 15_000 });
  await expect(page.getByRole('alert').filter({ hasText: 'No connection' })).toHaveCount(0);
});

test('the home screen shows Wi-Fi, uptime, firmware and the uploader state in words', async ({
  page,
  camera,
}) => {
  await fakeRoutes(page, notYetInSim);
  await page.goto(`${camera.url}#/home`);
  await expect(page.getByRole('img', { name: 'signal 3 of 4' })).toBeVisible();
  await expect(page.getByText('1 h 2 min')).toBeVisible();
  await expect(page.getByText('0.1.0')).toBeVisible();
  await expect(page.getByText('Next upload in 12 s.')).toBeVisible();
  await expect(page.getByText('Last upload: 2 min 5 s ago')).toBeVisible();
  await expect(page.getByText('Prusa Connect refused the token')).toBeVisible();
  await page.getByRole('button', { name: 'Upload now' }).click();
  await expect(page.getByRole('alert')).toContainText('Turn on Prusa Connect uploads first.');
});

test('a password-protected camera asks to log in, then sends the token on every call', async ({
  page,
  camera,
}) => {
  let token = '';
  await fakeRoutes(page, {
    ...notYetInSim,
    'POST /api/login': (route) => {
      const ok = route.request().postDataJSON().password === 'right';
      return ok ? json(route, 200, { token: 'T0K', expires_s: 3600 }) : json(route, 401, {});
    },
    'GET /api/info': (route) => {
      token = route.request().headers().authorization ?? '';
      return token === 'Bearer T0K'
        ? json(route, 200, info)
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

test('a save that loses the connection says so and keeps every typed value', async ({ page, camera }) => {
  // The camera cannot be made to drop one request; the page does it.
  await fakeRoutes(page, { ...notYetInSim, 'PATCH /api/settings': 'abort' });
  await page.goto(`${camera.url}#/settings/system`);
  await page.getByLabel('Camera name').fill('Garage');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'No connection to the camera' })).toBeVisible();
  await expect(page.getByLabel('Camera name')).toHaveValue('Garage');
});
