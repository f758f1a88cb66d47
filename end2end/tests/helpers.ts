import { Browser, expect, Page, TestInfo } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'child_process';

export const DEMO = {
  admin: { login: 'admin', password: 'demo-admin-2026' },
  coach: { login: 'coach', password: 'demo-coach-2026' },
  participant: { login: 'deltagare', password: 'demo-deltagare-2026' },
};

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * With JavaScript on, wait until a page with islands is hydrated so clicks go through the
 * app. Pages without islands load no module script (only the service worker's registration).
 */
export async function ready(page: Page, info: TestInfo) {
  await page.waitForLoadState('load');
  if (info.project.name === 'js' && (await page.locator('script[type=module]').count()) > 0) {
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached', timeout: 15_000 });
  }
}

export async function goto(page: Page, info: TestInfo, path: string) {
  await page.goto(path);
  await ready(page, info);
}

export async function signIn(page: Page, info: TestInfo, login: string, password: string) {
  await goto(page, info, '/sign-in');
  await page.locator('#login').fill(login);
  await page.locator('#password').fill(password);
  await page.locator('form.form button[type=submit]').click();
}

/**
 * axe-core runs inside the page, so it needs JavaScript; the no-JS project renders the same
 * server HTML, which the JS project checks.
 */
export async function expectNoAxeViolations(page: Page, info: TestInfo) {
  if (info.project.name === 'no-js') return;
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, `axe on ${page.url()}`).toEqual([]);
}

/** Nothing may scroll sideways on a small phone. */
export async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

let counter = 0;
export function unique(prefix: string, info: TestInfo) {
  counter += 1;
  return `${prefix}${info.project.name.replace('-', '')}${info.workerIndex}${Date.now() % 100000}${counter}`;
}

/** A coach, in their own browser, invites a participant; returns the link and the code. */
export async function coachInvites(browser: Browser, info: TestInfo, name: string) {
  const context = await browser.newContext({
    baseURL: info.project.use.baseURL,
    viewport: { width: 360, height: 780 },
    isMobile: true,
    hasTouch: true,
    locale: 'sv-SE',
    javaScriptEnabled: info.project.use.javaScriptEnabled,
  });
  const page = await context.newPage();
  await signIn(page, info, DEMO.coach.login, DEMO.coach.password);
  await expect(page).toHaveURL(/\/coach$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mina deltagare');
  await ready(page, info);
  await page.getByRole('link', { name: 'Lägg till deltagare' }).click();
  await expect(page).toHaveURL(/\/coach\/new-participant$/);
  await ready(page, info);
  await page.getByLabel('Namn').fill(name);
  await page.getByRole('button', { name: 'Skapa inbjudan' }).click();
  await expect(page).toHaveURL(/\/invitation$/);
  await expect(page.getByRole('status')).toContainText(name);
  const code = (await page.locator('.code').innerText()).trim();
  const link = (await page.locator('.link').innerText()).trim();
  await context.close();
  return { code, link: new URL(link).pathname };
}


/**
 * A new participant with their own account, signed in on `page`. The account is made by
 * the server's own command (`server add-participant`), not by clicking through an
 * invitation: onboarding has tests of its own, and this keeps the suite fast.
 */
export async function newParticipant(_browser: Browser, page: Page, info: TestInfo, coach = DEMO.coach.login) {
  const name = `Deltagare ${unique('', info)}`;
  const login = unique('p', info);
  const password = 'tre gröna äpplen i korgen';
  serverCommand(['add-participant', login, name, coach], password);
  await signIn(page, info, login, password);
  await expect(page).toHaveURL(/\/home$/);
  return { name, login };
}

/** Runs the release server's own command against the test database. */
function serverCommand(args: string[], password: string) {
  execFileSync('../target/release/server', args, {
    env: {
      ...process.env,
      VAGVAL_DATABASE_URL: `sqlite://${process.env.E2E_DATA || '/tmp/vagval-e2e'}/e2e.db`,
      VAGVAL_NEW_PASSWORD: password,
      VAGVAL_LOG: 'warn',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

/**
 * A coach of their own (made by `server add-coach`), signed in in a browser of their own:
 * for tests whose workshops and queues must not show up in other tests' booking pages.
 */
export async function newCoach(browser: Browser, info: TestInfo, width = 360) {
  const login = unique('c', info);
  const name = `Coach ${unique('', info)}`;
  const password = 'fyra blå båtar i hamnen';
  serverCommand(['add-coach', login, name], password);
  const coach = await phoneBrowser(browser, info, width);
  await signIn(coach, info, login, password);
  await expect(coach).toHaveURL(/\/coach$/);
  return { coach, login, name };
}

/**
 * The demo coach, signed in in a browser of their own (Swedish, a phone `width` px wide),
 * which may copy to the clipboard and download files.
 */
export async function coachBrowser(browser: Browser, info: TestInfo, width = 360) {
  const coach = await phoneBrowser(browser, info, width);
  await signIn(coach, info, DEMO.coach.login, DEMO.coach.password);
  await expect(coach).toHaveURL(/\/coach$/);
  return coach;
}

/** A page in a new browser of its own (Swedish, a phone `width` px wide). */
export async function phoneBrowser(browser: Browser, info: TestInfo, width = 360) {
  const context = await browser.newContext({
    baseURL: info.project.use.baseURL,
    viewport: { width, height: 780 },
    isMobile: true,
    hasTouch: true,
    locale: 'sv-SE',
    javaScriptEnabled: info.project.use.javaScriptEnabled,
    permissions: ['clipboard-read', 'clipboard-write'],
    acceptDownloads: true,
  });
  return context.newPage();
}
