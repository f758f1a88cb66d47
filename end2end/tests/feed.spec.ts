import { test, expect } from '@playwright/test';
import { expectNoAxeViolations, expectNoHorizontalScroll, goto, newCoach, ready } from './helpers';

test('a coach makes a calendar link, sees it once, replaces it after being asked, and ends it', async ({ browser, request }, info) => {
  const { coach, name } = await newCoach(browser, info);
  await goto(coach, info, '/coach/agenda');
  await coach.getByRole('link', { name: 'Kalenderlänk' }).click();
  await expect(coach).toHaveURL(/\/coach\/calendar-feed$/);
  await ready(coach, info);
  await expect(coach.locator('main')).toContainText('förnamn och första bokstaven');
  await expectNoAxeViolations(coach, info);
  await expectNoHorizontalScroll(coach);

  await coach.getByRole('button', { name: 'Skapa kalenderlänk' }).click();
  await expect(coach).toHaveURL(/\/coach\/calendar-feed$/);
  await expect(coach.getByRole('status')).toContainText('visas bara den här gången');
  const address = (await coach.locator('#feed-address').textContent()) ?? '';
  expect(address).toMatch(/\/calendar\/[0-9a-f]{64}\.ics$/);
  await expect(coach.getByRole('link', { name: 'Öppna i kalenderappen' })).toHaveAttribute('href', address.replace(/^https?:/, 'webcal:'));
  await expectNoAxeViolations(coach, info);
  await expectNoHorizontalScroll(coach);

  // A calendar app, with no cookie of the coach's, reads it.
  const feed = await request.get(address);
  expect(feed.status()).toBe(200);
  expect(await feed.text()).toContain(`X-WR-CALNAME:Vägval: ${name}`);

  // Shown once: a reload shows the record of reads instead.
  await coach.reload();
  await ready(coach, info);
  await expect(coach.locator('#feed-address')).toHaveCount(0);
  await expect(coach.locator('main')).toContainText('Den har hämtats en gång');

  // Arabic, right to left, with nothing for axe.
  await coach.getByRole('button', { name: 'العربية' }).click();
  await expect(coach.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(coach.getByRole('heading', { level: 1 })).toHaveText('رابط التقويم');
  await expectNoAxeViolations(coach, info);
  await expectNoHorizontalScroll(coach);
  await coach.getByRole('button', { name: 'Svenska' }).click();
  await expect(coach.locator('html')).toHaveAttribute('dir', 'ltr');

  // Replacing asks first; the old address then stops.
  await coach.getByRole('link', { name: 'Byt kalenderlänk' }).click();
  await expect(coach).toHaveURL(/\/coach\/calendar-feed\/renew$/);
  await ready(coach, info);
  await expect(coach.locator('main')).toContainText('Den gamla länken slutar fungera direkt');
  await expectNoAxeViolations(coach, info);
  await coach.getByRole('button', { name: 'Byt till en ny länk' }).click();
  await expect(coach).toHaveURL(/\/coach\/calendar-feed$/);
  const renewed = (await coach.locator('#feed-address').textContent()) ?? '';
  expect(renewed).not.toBe(address);
  expect((await request.get(address)).status()).toBe(404);
  expect((await request.get(renewed)).status()).toBe(200);

  // Ending asks first too.
  await coach.getByRole('link', { name: 'Stäng av kalenderlänken' }).click();
  await ready(coach, info);
  await expectNoAxeViolations(coach, info);
  await coach.getByRole('button', { name: 'Stäng av länken' }).click();
  await expect(coach).toHaveURL(/\/coach\/calendar-feed\?ended=1$/);
  await expect(coach.getByRole('status')).toContainText('Kalenderlänken är avstängd.');
  await expect(coach.getByRole('button', { name: 'Skapa kalenderlänk' })).toBeVisible();
  expect((await request.get(renewed)).status()).toBe(404);
  await coach.context().close();
});
