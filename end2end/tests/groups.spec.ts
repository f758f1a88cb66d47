import { test, expect, Page } from '@playwright/test';
import { expectNoAxeViolations, expectNoHorizontalScroll, goto, newCoach, newParticipant, phoneBrowser, ready } from './helpers';

/** A Stockholm calendar day `offset` days from now, `YYYY-MM-DD`. */
function stockholmDay(offset: number) {
  const at = new Date(Date.now() + offset * 86_400_000);
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

async function publish(coach: Page, fields: { kind: string; title?: string; day: string; from: string; to: string; seats?: string; place?: string }) {
  await coach.goto('/coach/new-group');
  await coach.getByLabel(fields.kind, { exact: true }).check();
  if (fields.title) await coach.getByLabel('Namn').fill(fields.title);
  await coach.getByLabel('Dag', { exact: true }).fill(fields.day);
  await coach.getByLabel('Från', { exact: true }).fill(fields.from);
  await coach.getByLabel('Till', { exact: true }).fill(fields.to);
  if (fields.seats) await coach.getByLabel(/Antal platser/).fill(fields.seats);
  if (fields.place) await coach.getByLabel('Plats', { exact: true }).fill(fields.place);
  await coach.getByRole('button', { name: 'Lägg ut' }).click();
  await expect(coach).toHaveURL(/\/coach\/groups\/\d+\?created=1$/);
  await expect(coach.getByRole('status')).toContainText('Utlagt');
}

test('a coach puts out a workshop; a participant books a seat, asking for a hearing loop', async ({ browser, page }, info) => {
  const { coach, login } = await newCoach(browser, info);
  await coach.getByRole('link', { name: 'Workshoppar och drop-in' }).click();
  await expect(coach).toHaveURL(/\/coach\/groups$/);
  await expect(coach.locator('main')).toContainText('Du har inga kommande workshoppar');
  await expectNoAxeViolations(coach, info);
  await coach.getByRole('link', { name: 'Lägg till workshop eller drop-in' }).click();
  await ready(coach, info);
  // Refused in words with nothing chosen; what was typed stays.
  await coach.getByLabel('Namn').fill('Skriv ditt CV');
  await coach.getByRole('button', { name: 'Lägg ut' }).click();
  await expect(coach.locator('.error-summary')).toBeVisible();
  await expect(coach.getByLabel('Namn')).toHaveValue('Skriv ditt CV');
  await expectNoAxeViolations(coach, info);
  await publish(coach, { kind: 'Workshop', title: 'Skriv ditt CV', day: stockholmDay(5), from: '13:00', to: '15:00', seats: '2', place: 'Biblioteket, sal 2' });
  await expect(coach.locator('main')).toContainText('Ingen har bokat ännu.');
  await expectNoAxeViolations(coach, info);

  // The participant: Boka vägledning → Workshop → the workshop → Boka plats.
  await newParticipant(browser, page, info, login);
  await goto(page, info, '/book');
  await expect(page.locator('main')).toContainText('Hur vill du träffa din coach?');
  await expectNoAxeViolations(page, info);
  await page.getByRole('link', { name: /^Workshop/ }).click();
  await expect(page).toHaveURL(/\/workshops$/);
  await expect(page.locator('main')).toContainText('2 platser kvar');
  await expectNoAxeViolations(page, info);
  await expectNoHorizontalScroll(page);
  await page.getByRole('link', { name: /^Boka plats\s*: Skriv ditt CV$/ }).click();
  await expect(page).toHaveURL(/\/workshops\/\d+$/);
  await ready(page, info);
  await expect(page.locator('main')).toContainText('Du behöver inte berätta varför');
  await expectNoAxeViolations(page, info);
  await page.getByLabel('Hörslinga').check();
  await page.getByRole('button', { name: 'Boka plats' }).click();
  await expect(page).toHaveURL(/\/bookings\/\d+\?booked=1$/);
  await expect(page.locator('main')).toContainText('Workshop: Skriv ditt CV');
  await expect(page.locator('main')).toContainText('Ordnas: Hörslinga');
  await expect(page.locator('main')).toContainText('Biblioteket, sal 2');
  // A seat is cancelled, never moved.
  await expect(page.getByRole('link', { name: 'Flytta' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Avboka' })).toBeVisible();
  await expectNoAxeViolations(page, info);

  // The coach sees who has a seat.
  await coach.goto('/coach/groups');
  await expect(coach.locator('main')).toContainText('1 plats av 2 bokad');
  await coach.getByRole('link', { name: 'Skriv ditt CV' }).click();
  await expect(coach.locator('main ol')).toContainText('Deltagare');
  await expectNoHorizontalScroll(coach);

  // The coach's week (Monday to Sunday) has the workshop under its day; one day at a time
  // too.
  await coach.goto(`/coach/agenda?view=week&day=${stockholmDay(5)}`);
  await expect(coach.locator('main')).toContainText('Skriv ditt CV');
  await expect(coach.getByRole('link', { name: 'Vecka', exact: true })).toHaveAttribute('aria-current', 'page');
  await expectNoAxeViolations(coach, info);
  await coach.getByRole('link', { name: 'Dag', exact: true }).click();
  await expect(coach.getByRole('link', { name: 'Dag', exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(coach.locator('main')).toContainText('Skriv ditt CV');
  await coach.goto('/coach/agenda?view=day');
  await expect(coach.locator('main')).toContainText('Inget bokat den här dagen.');
  await coach.setViewportSize({ width: 320, height: 700 });
  await expectNoHorizontalScroll(coach);
  await coach.context().close();
});

test('the drop-in queue: join, see one\'s place, get called, leave', async ({ browser, page }, info) => {
  const made = await newCoach(browser, info);
  const coach = made.coach;
  // Today, the whole day, so the queue is open whenever the test runs.
  await publish(coach, { kind: 'Drop-in', day: stockholmDay(0), from: '00:00', to: '23:59', place: 'Kontoret, Storgatan 1' });
  const groupUrl = new URL(coach.url()).pathname;

  await newParticipant(browser, page, info, made.login);
  await goto(page, info, '/book');
  await page.getByRole('link', { name: /^Drop-in/ }).click();
  await expect(page).toHaveURL(/\/dropin$/);
  await ready(page, info);
  await expect(page.locator('.queue-place')).toHaveText('Du står inte i kön.');
  await expectNoAxeViolations(page, info);
  await page.getByRole('button', { name: 'Ställ mig i kön' }).click();
  await expect(page).toHaveURL(/\/dropin\?joined=1$/);
  await ready(page, info);
  await expect(page.locator('.queue-place')).toHaveText('Du är nummer 1 i kön.');

  // A second person joins behind.
  const second = await phoneBrowser(browser, info);
  await newParticipant(browser, second, info, made.login);
  await goto(second, info, '/dropin');
  await second.getByRole('button', { name: 'Ställ mig i kön' }).click();
  await expect(second.locator('.queue-place')).toHaveText('Du är nummer 2 i kön.');
  await expectNoHorizontalScroll(second);

  // The coach sees both, in order, and calls the next.
  await coach.goto(groupUrl);
  await expect(coach.locator('main ol li')).toHaveCount(2);
  await expectNoAxeViolations(coach, info);
  await coach.getByRole('button', { name: 'Kalla nästa' }).click();
  await expect(coach.getByRole('status')).toContainText('Nästa person är kallad');
  await expect(coach.locator('main')).toContainText('Nu: Deltagare');

  // With JavaScript the first person's place changes by itself; without, "Uppdatera".
  if (info.project.name === 'js') {
    await expect(page.locator('.queue-place')).toHaveText('Det är din tur nu. Gå till din coach.', { timeout: 20_000 });
    await expect(second.locator('.queue-place')).toHaveText('Du är nummer 1 i kön.', { timeout: 20_000 });
  } else {
    await page.getByRole('link', { name: 'Uppdatera' }).click();
    await expect(page.locator('.queue-place')).toHaveText('Det är din tur nu. Gå till din coach.');
    await second.getByRole('link', { name: 'Uppdatera' }).click();
    await expect(second.locator('.queue-place')).toHaveText('Du är nummer 1 i kön.');
  }
  // Called, the whole screen says so, with and without JavaScript: the heading, the
  // title, an alert, and no waiting count left over from before.
  await expect(page.locator('li.card h2')).toHaveText('Det är din tur nu. Gå till din coach.');
  await expect(page).toHaveTitle(/^Det är din tur nu/);
  await expect(page.getByRole('alert')).toContainText('Det är din tur nu');
  await expect(page.locator('main')).not.toContainText('väntar i kön');
  await expect(page.locator('main')).not.toContainText('Du står i kön');
  await expectNoAxeViolations(page, info);

  // The second person leaves the queue, asked first (the place is lost).
  await second.getByRole('link', { name: 'Lämna kön' }).click();
  await expect(second.locator('.panel.ask')).toContainText('Du förlorar din plats');
  await second.getByRole('button', { name: 'Ja, lämna kön' }).click();
  await expect(second).toHaveURL(/\/dropin\?left=1$/);
  await expect(second.getByRole('status').first()).toContainText('Du har lämnat kön.');
  await expect(second.locator('.queue-place')).toHaveText('Du står inte i kön.');

  // In Arabic, right to left, and nothing wider than a small phone.
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await ready(page, info);
  await expect(page.locator('.queue-place')).toHaveText('حان دورك الآن. اذهب إلى مدربك.');
  await expectNoAxeViolations(page, info);
  await page.setViewportSize({ width: 320, height: 700 });
  await expectNoHorizontalScroll(page);
  await second.context().close();
  await coach.context().close();
});
