// The device UI inside the PWA, driven by the PWA's own API client for a simulated camera that
// lets the PWA's origin in (security.cors_origins) and has an admin password.
import { patchSettings } from '../fixtures/camera-settings.ts';
import { expect, importList, listFile, test } from '../fixtures/pwa-test.ts';
import { startSimCamera } from '../fixtures/sim-camera.ts';

const PASSWORD = 'pwa-password-1';

test('a camera that answers 401 brings up the login screen, and the token is used after it', async ({
  page,
  pwa,
}) => {
  // A camera of its own: a password on the shared ones would lock the other PWA tests out.
  const cam = await startSimCamera();
  try {
    await patchSettings(cam.url, {
      'system.name': 'Garage cam',
      'security.cors_origins': new URL(pwa.url).origin,
      'security.admin_password': PASSWORD,
    });
    const auth: string[] = [];
    page.on(
      'request',
      (r) => r.url().endsWith('/api/settings') && auth.push(r.headers().authorization ?? ''),
    );
    await page.goto(pwa.url);
    await importList(page, listFile([{ address: cam.url, name: 'Garage' }]));
    await page.getByRole('link', { name: 'Garage' }).click();
    await expect(page.getByRole('heading', { name: 'Log in' })).toBeVisible();
    await page.getByLabel('Password').fill('wrong-password');
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page.getByRole('alert')).toHaveText('Wrong password.');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page.locator('.camera-detail header')).toContainText('Garage cam');
    expect(auth.at(-1)).toMatch(/^Bearer [0-9a-f]{64}$/);
  } finally {
    await cam.stop();
  }
});
