import { test, expect, Page, TestInfo } from '@playwright/test';
import { DEMO, expectNoAxeViolations, goto, newParticipant, signIn } from './helpers';

async function checkPages(page: Page, info: TestInfo, paths: string[]) {
  for (const path of paths) {
    await goto(page, info, path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page, info);
  }
}

for (const lang of ['sv', 'ar']) {
  test.describe(`axe finds nothing (${lang})`, () => {
    test.skip(({ javaScriptEnabled }) => !javaScriptEnabled, 'axe-core runs inside the page and needs JavaScript');
    test.use({ locale: lang === 'ar' ? 'ar' : 'sv-SE' });

    test('public pages', async ({ page }, info) => {
      await checkPages(page, info, ['/sign-in', '/invite', '/invite/unknown-token-for-axe-000000000', '/accessibility', '/no-such-page']);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
    });

    test('participant pages', async ({ page }, info) => {
      // Some forty pages, each checked by axe: more than the default minute on a busy machine.
      test.slow();
      await signIn(page, info, DEMO.participant.login, DEMO.participant.password);
      await expect(page).toHaveURL(/\/home$/);
      await checkPages(page, info, ['/home', '/cv', '/sharing', '/share/cv', '/share/strengths', '/share/history', '/share/languages', '/share/goals', '/sharing/history', '/access-log', '/book', '/bookings', '/workshops', '/dropin', '/goals', '/goals/new', '/applications', '/applications/new', '/applications/report', '/share/applications', '/languages', '/languages/new', '/languages/sfi', '/languages/used/new', '/strengths', '/strengths/pick', '/strengths/own', '/strengths/examples', '/strengths/interests', '/strengths/work', '/strengths/conditions', '/strengths/history', '/my-data', '/my-data/erase', '/jobs', '/timeline', '/reminders']);
    });

    test('a language rated one skill per screen', async ({ browser, page }, info) => {
      // A participant of their own: the demo account's languages stay as other tests expect.
      await newParticipant(browser, page, info);
      await goto(page, info, '/languages/new');
      await page.locator('#language').fill('Svenska');
      await page.locator('form.form button[type=submit]').click();
      await expect(page).toHaveURL(/\/languages\/1\/skill\/listening$/);
      await checkPages(page, info, ['/languages/1', '/languages/1/skill/listening', '/languages/1/skill/reading', '/languages/1/skill/spokenInteraction', '/languages/1/skill/spokenProduction', '/languages/1/skill/writing', '/languages']);
    });

    test('an application\'s pages', async ({ browser, page }, info) => {
      await newParticipant(browser, page, info);
      await goto(page, info, '/applications/new?employer=ICA%20Maxi&job=Kassabitr%C3%A4de&how=email');
      await page.locator('form.form button[type=submit]').click();
      await expect(page).toHaveURL(/\/applications\?added=1$/);
      const href = await page.locator('ul.applications a[href^="/applications/"]').first().getAttribute('href');
      await checkPages(page, info, [href!, `${href}/remove`, '/applications', '/applications/report']);
    });

    test('coach pages', async ({ page }, info) => {
      await signIn(page, info, DEMO.coach.login, DEMO.coach.password);
      await expect(page).toHaveURL(/\/coach$/);
      await checkPages(page, info, ['/coach', '/coach/new-participant', '/invitation', '/coach/hours', '/coach/agenda', '/coach/groups', '/coach/new-group', '/coach/employers', '/coach/employers/new', '/coach/report', '/coach/calendar-feed', '/coach/calendar-feed/renew', '/coach/calendar-feed/end']);
      // One participant's road to work and its forms.
      await goto(page, info, '/coach');
      const person = await page.locator('a[href^="/coach/participants/"]').first().getAttribute('href');
      await checkPages(page, info, [`${person}/road`, `${person}/road/job`, `${person}/road/praktik`, `${person}/road/ended`, `${person}/start`]);
    });

    test('admin pages', async ({ page }, info) => {
      await signIn(page, info, DEMO.admin.login, DEMO.admin.password);
      await expect(page).toHaveURL(/\/admin$/);
      await checkPages(page, info, ['/admin', '/admin/new-coach', '/admin/people', '/admin/erasures', '/admin/log', '/admin/report']);
    });
  });
}

test('a person signed in with one role is sent home from another role\'s page', async ({ page }, info) => {
  await signIn(page, info, DEMO.participant.login, DEMO.participant.password);
  await expect(page).toHaveURL(/\/home$/);
  await goto(page, info, '/coach');
  await expect(page).toHaveURL(/\/home$/);
  await goto(page, info, '/admin');
  await expect(page).toHaveURL(/\/home$/);
});
