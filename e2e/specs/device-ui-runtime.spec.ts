// device-ui's own Preact-compatible runtime (device-ui/src/runtime), which the embedded document
// uses instead of Preact: the behaviours the screens rely on, each checked in Chromium.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import * as esbuild from 'esbuild';
import { runtimePlugin } from '../../build/lib/device-ui.ts';
import { expect, test } from '../fixtures/test.ts';

let script = '';
test.beforeAll(async () => {
  const out = await esbuild.build({
    entryPoints: [join(import.meta.dirname, '../fixtures/runtime-harness.tsx')],
    bundle: true,
    write: false,
    format: 'iife',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    plugins: [runtimePlugin],
  });
  script = out.outputFiles[0].text;
});

async function open(page: Page) {
  await page.setContent('<!doctype html><div id="root"></div>');
  await page.addScriptTag({ content: script });
}
/** The journal entries of one case, told apart by their words. */
const journal = async (page: Page, words: RegExp) =>
  (await page.evaluate(() => (window as unknown as { journal: string[] }).journal)).filter((l) =>
    words.test(l),
  );

test('controlled inputs show state, keep what is typed, and a select gets its value after its options', async ({
  page,
}) => {
  await open(page);
  const form = page.getByRole('form', { name: 'form' });
  await expect(form.getByLabel('pick')).toHaveValue('b');
  await expect(form.getByLabel('on')).toBeChecked();
  await form.getByLabel('text').press('End');
  await form.getByLabel('text').pressSequentially('ab');
  await expect(form.getByLabel('text')).toHaveValue('STARTAB');
  await form.getByLabel('pick').selectOption('c');
  await form.getByLabel('on').uncheck();
  await expect(form.getByRole('status')).toHaveText('STARTAB c false');
});

test('a child that disappears leaves its siblings in place, and a new key makes a new element', async ({
  page,
}) => {
  await open(page);
  const holes = page.getByRole('region', { name: 'holes' });
  await holes.getByTestId('kept').evaluate((el) => {
    el.dataset.mark = 'same';
  });
  await holes.getByTestId('keyed').evaluate((el) => {
    el.dataset.mark = 'same';
  });
  await holes.getByRole('button', { name: 'toggle first' }).click();
  await expect(holes.getByText('first', { exact: true })).toHaveCount(0);
  await expect(holes.getByTestId('kept')).toHaveAttribute('data-mark', 'same');
  await holes.getByRole('button', { name: 'toggle first' }).click();
  await expect(holes.locator('p').first()).toHaveText('first');
  await holes.getByRole('button', { name: 'next key' }).click();
  await expect(holes.getByTestId('keyed')).toHaveText('key 2');
  await expect(holes.getByTestId('keyed')).not.toHaveAttribute('data-mark', 'same');
  await expect(holes.getByTestId('kept')).toHaveAttribute('data-mark', 'same');
});

test('keyed list items move with their elements and removed ones leave the DOM', async ({ page }) => {
  await open(page);
  const order = page.getByRole('region', { name: 'order' });
  await order.locator('li[data-id=x]').evaluate((el) => {
    el.dataset.mark = 'same';
  });
  await order.getByRole('button').click();
  await expect(order.locator('li')).toHaveText(['z', 'x']);
  await expect(order.locator('li[data-id=x]')).toHaveAttribute('data-mark', 'same');
});

test('effects run after the DOM is there, re-run with cleanup when deps change, and clean up on unmount', async ({
  page,
}) => {
  await open(page);
  const effects = page.getByRole('region', { name: 'effects' });
  await effects.getByRole('button').click();
  await expect(effects.getByText('effects 1')).toBeVisible();
  await effects.getByRole('button').click();
  await expect(effects.getByText(/effects/)).toHaveCount(0);
  expect(await journal(page, /run|clean|unmount/)).toEqual([
    'run 0 effects 0',
    'clean 0',
    'run 1 effects 1',
    'clean 1',
    'unmount',
  ]);
});

test('a Provider gives its value to the components below it, and updates them', async ({ page }) => {
  await open(page);
  const ctx = page.getByRole('region', { name: 'context' });
  await expect(ctx.locator('i')).toHaveText(['none', 'light']);
  await ctx.getByRole('button').click();
  await expect(ctx.locator('i')).toHaveText(['none', 'dark']);
});

test('attributes: aria booleans as words, other booleans present or absent, SVG in its namespace', async ({
  page,
}) => {
  await open(page);
  const attrs = page.getByRole('region', { name: 'attributes' });
  const press = attrs.getByRole('button', { name: 'press' });
  const shown = attrs.locator('p');
  await expect(press).toHaveAttribute('aria-pressed', 'false');
  await expect(press).toHaveAttribute('title', 'off');
  await expect(shown).toBeHidden();
  expect(await attrs.locator('svg rect').evaluate((el) => el instanceof SVGRectElement)).toBe(true);
  await attrs.getByRole('button', { name: 'which' }).click();
  await press.click();
  await expect(press).toHaveAttribute('aria-pressed', 'true');
  await expect(press).not.toHaveAttribute('title');
  await expect(shown).toBeVisible();
  await expect(shown).toHaveClass('on');
  await expect(shown).toHaveCSS('color', 'rgb(255, 0, 0)');
  await expect(attrs.locator('svg rect')).toHaveAttribute('width', '4');
  await attrs.getByRole('button', { name: 'which' }).click();
  expect(await journal(page, /click/)).toEqual(['off click', 'on click']);
});
