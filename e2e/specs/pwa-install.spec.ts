import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '../fixtures/pwa-test.ts';

test('the web manifest names the app and has the icons Chromium needs', async ({ page, pwa, request }) => {
  await page.goto(pwa.url);
  const href = await page.locator('link[rel=manifest]').getAttribute('href');
  const manifestUrl = new URL(href ?? '', pwa.url).href;
  const manifest = await (await request.get(manifestUrl)).json();
  expect(manifest).toMatchObject({ name: 'printcam', display: 'standalone', start_url: './' });
  for (const size of ['192x192', '512x512']) {
    const icon = manifest.icons.find(
      (i: { sizes: string; type: string }) => i.sizes === size && i.type === 'image/png',
    );
    expect(icon, `a ${size} PNG icon`).toBeTruthy();
    const res = await request.get(new URL(icon.src, manifestUrl).href);
    expect(res.headers()['content-type']).toBe('image/png');
    const png = await res.body();
    // The PNG header's width and height (IHDR) must match what the manifest promises.
    expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(size);
  }
});

test('Chromium finds nothing stopping installation', async ({ pwa, playwright }, testInfo) => {
  // Test contexts are incognito, where Chromium never installs; a profile on disk is not.
  const profile = mkdtempSync(join(tmpdir(), 'printcam-profile-'));
  const context = await playwright.chromium.launchPersistentContext(profile, {
    ...testInfo.project.use.launchOptions,
    headless: true,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(pwa.url);
    await page.evaluate(() => navigator.serviceWorker.ready);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
