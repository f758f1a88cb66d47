import { test, expect } from '@playwright/test';
import { coachBrowser, expectNoAxeViolations, expectNoHorizontalScroll, goto, newParticipant, ready } from './helpers';

test('a coach publishes hours; a participant books a time, sees it and cancels it', async ({ browser, page }, info) => {
  // The coach: every day 08:00–20:00, so that there are times whenever the tests run.
  const coach = await coachBrowser(browser, info);
  await coach.getByRole('link', { name: 'Mina tider' }).click();
  await expect(coach).toHaveURL(/\/coach\/hours$/);
  await ready(coach, info);
  for (let day = 1; day <= 7; day++) {
    await coach.locator(`#from-${day}`).fill('08:00');
    await coach.locator(`#to-${day}`).fill('20:00');
  }
  await coach.getByLabel('Plats').fill('Storgatan 1, Södertälje');
  await expectNoAxeViolations(coach, info);
  await coach.getByRole('button', { name: 'Spara' }).click();
  await expect(coach).toHaveURL(/\/coach\/hours\?saved=1$/);
  await expect(coach.getByRole('status')).toContainText('Sparat');

  // The participant: Mina bokningar → Boka vägledning → a day → a time.
  await newParticipant(browser, page, info);
  await page.getByRole('link', { name: /^Öppna\s*: Mina bokningar$/ }).click();
  await expect(page).toHaveURL(/\/bookings$/);
  await expect(page.locator('main')).toContainText('Du har inga bokade tider.');
  await page.getByRole('link', { name: 'Boka vägledning' }).click();
  await expect(page).toHaveURL(/\/book$/);
  await expectNoAxeViolations(page, info);
  await expectNoHorizontalScroll(page);
  // The two projects run at once: each takes its own day, a few days ahead (well before
  // the cut-off, so the booking can be cancelled here).
  const days = page.locator('a.choice');
  await expect(days.first()).toContainText(/lediga tider|ledig tid/);
  await days.nth(info.project.name === 'js' ? 2 : 3).click();
  await expect(page).toHaveURL(/\/book\/\d{4}-\d{2}-\d{2}$/);
  const bookedDay = page.url().match(/\/book\/(\d{4}-\d{2}-\d{2})$/)![1];
  await ready(page, info);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Välj en tid');
  await expectNoAxeViolations(page, info);
  await expectNoHorizontalScroll(page);

  // Refused without a time: the summary links to the first time, nothing else is lost.
  await page.getByLabel('Mitt CV').check();
  await page.getByRole('button', { name: 'Boka' }).click();
  await expect(page.locator('.error-summary')).toBeVisible();
  await expect(page.locator('.error-summary').getByRole('link')).toHaveAttribute('href', '#start');
  await expect(page.getByLabel('Mitt CV')).toBeChecked();
  await expectNoAxeViolations(page, info);

  // Each time has its full name ("10:00–10:45, tisdag 8 december 2026").
  const first = page.locator('input[name=start]').first();
  const label = (await page.locator(`label[for="${await first.getAttribute('id')}"]`).innerText()).trim();
  await first.check();
  await page.getByRole('button', { name: 'Boka' }).click();
  await expect(page).toHaveURL(/\/bookings\/\d+\?booked=1$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bokad');
  await expect(page.getByRole('status')).toContainText('Din tid är bokad');
  await expect(page.locator('main')).toContainText('Storgatan 1');
  await expect(page.locator('main')).toContainText('Hjälp med: Mitt CV');
  await expectNoAxeViolations(page, info);
  const time = label.replace(/[\u2066\u2069]/g, '').split(',')[0];

  await goto(page, info, '/bookings');
  await expect(page.locator('ul.cards li')).toHaveCount(1);
  await expect(page.locator('ul.cards li')).toContainText(time);

  // The coach sees it in the agenda, in the week (Monday to Sunday) of its day.
  await coach.goto(`/coach/agenda?view=week&day=${bookedDay}`);
  await expect(coach.locator('main')).toContainText(time);
  await expectNoAxeViolations(coach, info);

  // Cancel, after a check page.
  await page.locator('ul.cards li a').first().click();
  await page.getByRole('link', { name: 'Avboka' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Avboka tiden?');
  await expectNoAxeViolations(page, info);
  await page.getByRole('button', { name: 'Ja, avboka' }).click();
  await expect(page).toHaveURL(/\/bookings\?cancelled=1$/);
  await expect(page.getByRole('status')).toContainText('Tiden är avbokad');
  // Still listed, and cancelled at a glance: the word leads the heading, the time is struck.
  const cancelled = page.locator('ul.cards li.cancelled');
  await expect(cancelled.locator('h2')).toHaveText(/^Avbokad: /);
  await expect(cancelled.locator('h2 s')).toHaveCount(1);
  await expectNoAxeViolations(page, info);

  // Arabic, right to left, on a 320 px phone.
  await page.setViewportSize({ width: 320, height: 740 });
  await goto(page, info, '/book');
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('حجز موعد إرشاد');
  await expectNoAxeViolations(page, info);
  await expectNoHorizontalScroll(page);
  await page.locator('a.choice').first().click();
  await ready(page, info);
  await expectNoAxeViolations(page, info);
  await expectNoHorizontalScroll(page);
  await coach.context().close();
});
