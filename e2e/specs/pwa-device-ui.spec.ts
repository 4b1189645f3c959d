// The device UI inside the PWA, driven by the PWA's own API client for the camera.
import { fakeRoutes, info, json, notYetInSim } from '../fixtures/fake-routes.ts';
import { expect, importList, listFile, test } from '../fixtures/pwa-test.ts';

test('a camera that answers 401 brings up the login screen, and the token is used after it', async ({
  page,
  pwa,
  cameras,
}) => {
  const seen: string[] = [];
  // /api/info and /api/login are page-level until the simulated camera serves them, and so is
  // /api/settings here: the camera sends no CORS headers yet, so the PWA's origin cannot read it.
  await fakeRoutes(page, {
    ...notYetInSim,
    'GET /api/settings': { json: { values: { 'network.wifi_ssid': 'Home' }, reboot_required: false } },
    'POST /api/login': (route) =>
      route.request().postDataJSON().password === 'right'
        ? json(route, 200, { token: 'PWA1', expires_s: 3600 })
        : json(route, 401, { error: { code: 'bad_password', message: 'Wrong password' } }),
    'GET /api/info': (route) => {
      const auth = route.request().headers().authorization ?? '';
      seen.push(auth);
      return auth === 'Bearer PWA1'
        ? json(route, 200, info)
        : json(route, 401, { error: { code: 'unauthorized', message: 'Log in first' } });
    },
  });
  await page.goto(pwa.url);
  await importList(page, listFile([{ address: cameras[0].url, name: 'Garage' }]));
  await page.getByRole('link', { name: 'Garage' }).click();
  await expect(page.getByRole('heading', { name: 'Log in' })).toBeVisible();
  await page.getByLabel('Password').fill('right');
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.locator('.camera-detail header')).toContainText('Desk cam');
  expect(seen.at(-1)).toBe('Bearer PWA1');
});
