import AxeBuilder from '@axe-core/playwright';
import { expect, importList, listFile, test } from '../fixtures/pwa-test.ts';

for (const [screen, link] of [
  ['cameras', ''],
  ['wall', 'Wall'],
  ['settings', 'Settings'],
  ['fleet update', 'Updates'],
] as const) {
  test(`the ${screen} screen has no serious or critical accessibility violations`, async ({ page, pwa }) => {
    await page.goto(pwa.url);
    await importList(
      page,
      listFile([{ address: '127.0.0.1:9', name: 'Left', group: 'MK4' }, { address: '127.0.0.1:7' }]),
    );
    await expect(page.locator('li.camera')).toHaveCount(2);
    if (link) await page.getByRole('link', { name: link, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).analyze();
    const severe = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(severe.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  });
}
