import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { fakeRoutes } from '../fixtures/fake-routes.ts';
import { expect, test } from '../fixtures/test.ts';

/** Fails on any serious or critical accessibility violation on the current screen. */
async function expectAccessible(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(', ')})`)).toEqual([]);
}

const screens = [
  { hash: '#/home', link: 'Camera', heading: 'Live view' },
  { hash: '#/settings', link: 'Settings', heading: 'Settings' },
  { hash: '#/system', link: 'System', heading: 'System' },
  { hash: '#/peers', link: 'Other cameras', heading: 'Other cameras' },
];

test('the shell renders, marks itself ready, and every screen is reachable from the navigation', async ({
  page,
  camera,
}) => {
  await page.goto(camera.url);
  await expect(page.locator('html[data-ready]')).toHaveCount(1);
  const nav = page.getByRole('navigation').first();
  for (const s of screens) {
    await nav.getByRole('link', { name: s.link, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${s.hash}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.heading);
    await expect(nav.getByRole('link', { name: s.link, exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    );
  }
});

const everyScreen = [...screens, { hash: '#/setup', heading: 'Set up this camera' }];
for (const scheme of ['light', 'dark'] as const) {
  for (const s of everyScreen) {
    test(`${s.heading}, ${scheme}: no serious or critical accessibility violation`, async ({
      page,
      camera,
    }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${camera.url}${s.hash}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.heading);
      await expect(page.locator('html[data-ready]')).toHaveCount(1);
      await expectAccessible(page);
    });
  }
}

test('every screen fits a 320 px wide phone without sideways scrolling, and dark mode is dark', async ({
  page,
  camera,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.emulateMedia({ colorScheme: 'dark' });
  for (const s of everyScreen) {
    await page.goto(`${camera.url}${s.hash}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.heading);
    await expect(page.locator('html[data-ready]')).toHaveCount(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), s.hash).toBeLessThanOrEqual(320);
  }
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(20, 20, 23)');
});

test("a camera whose API answers 404 shows the camera's message and a working Try again", async ({
  page,
  camera,
}) => {
  let infos = 0;
  page.on('request', (r) => r.url().endsWith('/api/info') && infos++);
  // A camera with older firmware answers the API with its own 404; the UI shows that message.
  await fakeRoutes(page, {
    'GET /api/info': {
      status: 404,
      json: { error: { code: 'not_found', message: 'No such page or API: GET /api/info.' } },
    },
  });
  await page.goto(camera.url);
  const alert = page.getByRole('alert').filter({ hasText: /No such page or API: GET \/api\// });
  await expect(alert).toBeVisible();
  const before = infos;
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect.poll(() => infos).toBeGreaterThan(before);
  await expect(alert).toBeVisible();
});
