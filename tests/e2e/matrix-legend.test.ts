// The Checklist's legend shows how a measurable check is drawn with a tick, not a sample value that
// reads as a count of checks ("16 proposed check 16 confirmed").
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type RunningApp, startApp } from './start-app';

let app: RunningApp;

beforeAll(async () => {
  app = await startApp();
});

afterAll(async () => {
  await app?.close();
});

it('draws the checks in the Checklist legend without a number', async () => {
  const { page } = app;
  await page.click('[data-screen=matrix]');
  await page.getByLabel('Instrument').selectOption('CHK');
  const legend = page.locator('.legend', { hasText: 'proposed check' });
  await legend.waitFor();
  const text = (await legend.innerText()).replace(/\s+/g, ' ');
  expect(text).toContain('✓ proposed check ✓ confirmed');
  expect(text).not.toMatch(/\d/);
});
