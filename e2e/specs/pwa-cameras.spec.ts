import { deadAddress, startForeignServer } from '../fixtures/pwa-server.ts';
import { addByAddress, expect, importList, listFile, test } from '../fixtures/pwa-test.ts';

const names = (page: import('@playwright/test').Page) => page.locator('li.camera .camera-name');

test('an empty list invites adding a camera', async ({ page, pwa }) => {
  await page.goto(pwa.url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your cameras');
  await expect(page.getByText('No cameras yet')).toBeVisible();
});

test('cameras added by address are listed, kept across a reload, and removed with undo', async ({
  page,
  pwa,
  cameras,
}) => {
  await page.goto(pwa.url);
  for (const c of cameras) await addByAddress(page, c.url);
  const addresses = cameras.map((c) => c.url.replace(/^http:\/\//, '').replace(/\/$/, ''));
  await expect(names(page)).toHaveText(addresses);

  await page.reload();
  await expect(names(page)).toHaveText(addresses);

  await page.getByRole('button', { name: `Remove ${addresses[1]}` }).click();
  await expect(names(page)).toHaveText([addresses[0], addresses[2]]);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(names(page)).toHaveText(addresses);
  await page.getByRole('button', { name: `Remove ${addresses[0]}` }).click();
  // The list redraws once the removal is stored; a reload before that could still find it.
  await expect(names(page)).toHaveText([addresses[1], addresses[2]]);
  await page.reload();
  await expect(names(page)).toHaveText([addresses[1], addresses[2]]);
});

test('an address handed over in the link (after provisioning) is checked and offered at once', async ({
  page,
  pwa,
  cameras,
}) => {
  await page.goto(`${pwa.url}?add=${encodeURIComponent(cameras[0].url)}`);
  await expect(page.getByLabel('Address', { exact: true })).toHaveValue(cameras[0].url);
  const anyway = page.getByRole('button', { name: 'Add anyway' });
  await expect(anyway.or(page.getByText(/^Added /))).toBeVisible();
  if (await anyway.isVisible()) await anyway.click();
  await expect(names(page)).toHaveCount(1);
});

test('the same camera is not added twice', async ({ page, pwa, cameras }) => {
  await page.goto(pwa.url);
  await addByAddress(page, cameras[0].url);
  await page.getByLabel('Address', { exact: true }).fill(cameras[0].url);
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByText(/is already in your list/)).toBeVisible();
  await expect(names(page)).toHaveCount(1);
});

test('cameras are renamed, grouped by printer and reordered', async ({ page, pwa }) => {
  await page.goto(pwa.url);
  await importList(
    page,
    listFile([{ address: '10.9.0.1' }, { address: '10.9.0.2' }, { address: '10.9.0.3' }]),
  );
  await expect(names(page)).toHaveText(['10.9.0.1', '10.9.0.2', '10.9.0.3']);

  await page.getByRole('button', { name: 'Move 10.9.0.3 up' }).click();
  await expect(names(page)).toHaveText(['10.9.0.1', '10.9.0.3', '10.9.0.2']);

  await page.getByRole('button', { name: 'Edit 10.9.0.2' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Nozzle cam');
  await page.getByLabel('Printer', { exact: true }).fill('MK4');
  await page.getByRole('button', { name: 'Save' }).click();
  const mk4 = page.getByRole('region', { name: 'MK4' });
  await expect(mk4.getByRole('heading', { name: 'MK4' })).toBeVisible();
  await expect(mk4.locator('.camera-name')).toHaveText(['Nozzle cam']);

  await page.reload();
  await expect(names(page)).toHaveText(['10.9.0.1', '10.9.0.3', 'Nozzle cam']);
});

test('the exported list imports into another browser unchanged', async ({ page, pwa, browser }) => {
  await page.goto(pwa.url);
  await importList(
    page,
    listFile([{ address: '10.9.0.7', name: 'Left', group: 'XL' }, { address: 'cam.local:8080' }]),
  );
  await expect(names(page)).toHaveCount(2);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export list' }).click();
  const file = await (await download).path();

  const other = await browser.newPage();
  await other.goto(pwa.url);
  await other.getByLabel('Import list').setInputFiles(file);
  await expect(other.getByText('Imported 2 camera(s); 0 already listed.')).toBeVisible();
  await expect(names(other)).toHaveText(['Left', 'cam.local:8080']);
  await other.close();
});

test('a file that is not a camera list is refused and the list is kept', async ({ page, pwa }) => {
  await page.goto(pwa.url);
  await importList(page, listFile([{ address: '10.9.0.1' }]));
  await expect(names(page)).toHaveCount(1);
  await importList(page, '{"some":"other json"}');
  await expect(page.getByText(/not a printcam camera list .*Your list was not changed/)).toBeVisible();
  await importList(page, listFile([{ address: '10.9.0.2' }, { address: 'not a host!' }]));
  await expect(page.getByText(/camera 2/)).toBeVisible();
  await page.reload();
  await expect(names(page)).toHaveText(['10.9.0.1']);
});

test('another web server is recognised as not a printcam camera and explained', async ({ page, pwa }) => {
  const foreign = await startForeignServer();
  try {
    await page.goto(pwa.url);
    await page.getByLabel('Address', { exact: true }).fill(foreign.url);
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(page.getByText(/does not look like a printcam camera/)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Open its page' })).toHaveAttribute('href', foreign.url);
    await expect(page.locator('li.camera')).toHaveCount(0);
  } finally {
    await foreign.close();
  }
});

test('an address where nothing answers is explained, with what to check', async ({ page, pwa }) => {
  await page.goto(pwa.url);
  const dead = await deadAddress();
  await page.getByLabel('Address', { exact: true }).fill(dead);
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByText(`Nothing answered at ${dead}`)).toBeVisible();
  await expect(page.getByText(/same network as the camera/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
});

test('a mistyped address is refused before anything is asked', async ({ page, pwa }) => {
  await page.goto(pwa.url);
  await page.getByLabel('Address', { exact: true }).fill('ftp://10.0.0.5');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByText(/starts with http:\/\//)).toBeVisible();
});
