import { expect, test } from '../fixtures/test.ts';

test('the simulated camera serves its embedded UI and Chromium renders it', async ({ page, camera }) => {
  const response = await page.goto(camera.url);
  expect(response?.status()).toBe(200);
  expect(response?.headers()['content-encoding']).toBe('gzip');
  expect(response?.headers().etag).toMatch(/^"[0-9a-f]{20}"$/);
  // The navigation and the ready mark come from the bundled Preact app, so they prove the inline JS ran.
  await expect(page.getByRole('link', { name: 'Settings', exact: true })).toBeVisible();
  await expect(page.locator('html[data-ready]')).toHaveCount(1);
});

test('a reload revalidates the UI with its ETag and gets 304', async ({ request, camera }) => {
  const first = await request.get(camera.url);
  const etag = first.headers().etag;
  const again = await request.get(camera.url, { headers: { 'If-None-Match': etag } });
  expect(again.status()).toBe(304);
  expect(await again.body()).toHaveLength(0);
});

test('a return visit draws the camera from the last visit at once, and says so when it cannot reach it', async ({
  page,
  camera,
}) => {
  await page.goto(camera.url);
  const name = (await (await page.request.get(`${camera.url}api/info`)).json()).name as string;
  await expect(page.locator('header.bar')).toContainText(name);
  // The camera now answers nothing (as when the phone left its network): the page still opens
  // with what it knew, and says the camera cannot be reached.
  await page.route('**/api/**', (route) => route.abort('connectionrefused'));
  await page.reload();
  await expect(page.locator('html[data-ready]')).toHaveCount(1);
  await expect(page.locator('header.bar')).toContainText(name);
  await expect(page.getByRole('alert').first()).toContainText('No connection to the camera');
});
