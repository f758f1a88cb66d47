import { test, expect, chromium, BrowserContext, Page, TestInfo } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO, expectNoAxeViolations, goto, signIn } from './helpers';

/** The paths of everything the service worker has kept. */
async function kept(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const paths: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) paths.push(new URL(request.url).pathname);
    }
    return paths;
  });
}

test('Vägval installs to a home screen and says so in the person’s language when the network is gone', async ({}, info) => {
  test.skip(info.project.name === 'no-js', 'a service worker needs JavaScript; without it every page works as before');
  // A browser profile of its own, as a phone has: Chromium never offers to install from a
  // private (incognito) context, which is what a test's usual context is.
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'vagval-install-'));
  const use = info.project.use;
  const context = await chromium.launchPersistentContext(profile, {
    ...use.launchOptions,
    baseURL: use.baseURL,
    viewport: { width: 360, height: 780 },
    isMobile: true,
    hasTouch: true,
    locale: 'sv-SE',
  });
  try {
    await installAndGoOffline(context, info);
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
});

async function installAndGoOffline(context: BrowserContext, info: TestInfo) {
  const page = context.pages()[0] ?? (await context.newPage());
  await signIn(page, info, DEMO.participant.login, DEMO.participant.password);
  await expect(page).toHaveURL(/\/home$/);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

  // Chromium's own installability check (what Lighthouse asked): nothing missing.
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  expect(installabilityErrors).toEqual([]);
  const manifest = await cdp.send('Page.getAppManifest');
  expect(manifest.errors).toEqual([]);
  expect(manifest.url).toContain('/manifest.webmanifest?lang=sv');

  // Only what every visitor gets alike is kept: never a personal page.
  await expect.poll(() => kept(page)).toContain('/offline/sv');
  for (const path of await kept(page)) {
    expect(path).toMatch(/^\/(pkg\/|icons\/|offline\/|favicon\.svg$)/);
  }

  // The network gone: the offline page, in Swedish, instead of the browser's error.
  await context.setOffline(true);
  await page.goto('/goals').catch(() => {});
  await expect(page.getByRole('heading', { level: 1, name: 'Du är offline' })).toBeVisible();
  await expect(page.getByText('Det du redan har sparat finns kvar.')).toBeVisible();
  await expectNoAxeViolations(page, info);
  await context.setOffline(false);

  // In Arabic once the person has chosen it: right to left.
  await goto(page, info, '/home');
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await page.reload();
  await context.setOffline(true);
  await expect
    .poll(async () => {
      await page.goto('/home').catch(() => {});
      return page.locator('html').getAttribute('lang');
    })
    .toBe('ar');
  await expect(page.getByRole('heading', { level: 1, name: 'أنت غير متصل بالإنترنت' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expectNoAxeViolations(page, info);
  await context.setOffline(false);

  // Back online, the portal itself again.
  await goto(page, info, '/home');
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('أنت غير متصل بالإنترنت');
}
