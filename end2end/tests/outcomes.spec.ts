import { test, expect } from '@playwright/test';
import { DEMO, expectNoAxeViolations, expectNoHorizontalScroll, goto, newCoach, newParticipant, phoneBrowser, ready, signIn, unique } from './helpers';
import { readFileSync } from 'fs';

test('a coach records presented → interview → job; the participant reads the timeline', async ({ browser, page }, info) => {
  const { coach, login: coachLogin } = await newCoach(browser, info);
  const { name } = await newParticipant(browser, page, info, coachLogin);
  const employer = unique('Bageriet ', info);

  await goto(coach, info, '/coach');
  await coach.getByRole('link', { name }).first().click();
  await expect(coach.getByRole('heading', { name: 'Vägen till arbete' })).toBeVisible();
  await expect(coach.locator('ol.timeline')).toContainText('Började i programmet');
  await coach.getByRole('link', { name: 'Lägg till en händelse' }).click();
  await expect(coach).toHaveURL(/\/coach\/participants\/\d+\/road$/);
  await expectNoAxeViolations(coach, info);
  const road = coach.url();

  // Presented, then an interview: each one tap from the list, one screen each.
  for (const [kind, line] of [
    ['Presenterad för en arbetsgivare', `Presenterad för ${employer}`],
    ['Intervju', `Intervju hos ${employer}`],
  ]) {
    await goto(coach, info, road);
    await coach.getByRole('link', { name: kind, exact: true }).click();
    await ready(coach, info);
    await coach.getByLabel('Arbetsgivare').fill(employer);
    await coach.getByRole('button', { name: 'Spara' }).click();
    await expect(coach).toHaveURL(/\/road\?saved$/);
    await expect(coach.getByRole('status')).toContainText('Händelsen är sparad.');
    await expect(coach.locator('ol.timeline')).toContainText(line);
  }

  // The job: a refused form says what is missing and keeps what was typed.
  await goto(coach, info, road);
  await coach.getByRole('link', { name: 'Började arbeta', exact: true }).click();
  await ready(coach, info);
  await expectNoAxeViolations(coach, info);
  await expectNoHorizontalScroll(coach);
  await coach.getByLabel('Arbetsgivare').fill(employer);
  await coach.getByRole('button', { name: 'Spara' }).click();
  await expect(coach.locator('.error-summary')).toBeVisible();
  await expect(coach.getByLabel('Arbetsgivare')).toHaveValue(employer);
  await coach.getByLabel('Anställning', { exact: true }).check();
  await coach.getByLabel('Timmar i veckan').fill('20');
  await coach.getByRole('button', { name: 'Spara' }).click();
  await expect(coach).toHaveURL(/\/road\?saved$/);
  const timeline = coach.locator('ol.timeline');
  await expect(timeline).toContainText(`Började arbeta: Anställning, 20 timmar i veckan hos ${employer}`);
  await expectNoAxeViolations(coach, info);

  // Corrected: the earlier value stays to read.
  await timeline.locator('li', { hasText: 'Började arbeta' }).getByRole('link', { name: 'Rätta' }).click();
  await ready(coach, info);
  await expect(coach.getByLabel('Timmar i veckan')).toHaveValue('20');
  await coach.getByLabel('Timmar i veckan').fill('25');
  await coach.getByRole('button', { name: 'Spara' }).click();
  await expect(timeline).toContainText('25 timmar i veckan');
  await expect(timeline).toContainText('Rättad – se tidigare');

  // The participant reads it on the phone, from the home page.
  await goto(page, info, '/home');
  await page.getByRole('link', { name: 'Vägen hittills', exact: true }).click();
  await expect(page).toHaveURL(/\/timeline$/);
  const mine = page.locator('ol.timeline');
  await expect(mine).toContainText('Började i programmet');
  await expect(mine).toContainText(`Presenterad för ${employer}`);
  await expect(mine).toContainText(`Intervju hos ${employer}`);
  await expect(mine).toContainText('Började arbeta: Anställning, 25 timmar i veckan');
  await expect(page.getByRole('link', { name: 'Rätta' })).toHaveCount(0);
  await expectNoAxeViolations(page, info);
  await expectNoHorizontalScroll(page);
});

test('an admin opens the quarter\'s report and downloads it as CSV', async ({ browser }, info) => {
  const admin = await phoneBrowser(browser, info);
  await signIn(admin, info, DEMO.admin.login, DEMO.admin.password);
  await expect(admin).toHaveURL(/\/admin$/);
  await admin.getByRole('link', { name: 'Programrapport' }).click();
  await expect(admin).toHaveURL(/\/admin\/report$/);
  await admin.getByRole('link', { name: 'Det här kvartalet' }).click();
  await expect(admin).toHaveURL(/\/admin\/report\?quarter=\d{4}-Q[1-4]$/);
  await expect(admin.getByRole('heading', { level: 1 })).toHaveText('Programrapport');
  await expect(admin.getByRole('table', { name: 'Deltagare' })).toContainText('Aktiva deltagare');
  await expect(admin.getByRole('img').first()).toHaveAttribute('aria-label', /händelse/);
  await expectNoAxeViolations(admin, info);
  await expectNoHorizontalScroll(admin);

  const downloading = admin.waitForEvent('download');
  await admin.getByRole('link', { name: 'Ladda ner som CSV' }).click();
  const file = await downloading;
  expect(file.suggestedFilename()).toMatch(/^vagval-rapport-\d{4}-\d{2}-01-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync((await file.path())!, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const rows = csv.slice(1).split('\r\n');
  expect(rows[0]).toBe('Mått,Benämning,Från,Till,Värde,Antal,Av');
  expect(rows.some((r) => r.startsWith('participants_active,Aktiva deltagare,'))).toBe(true);
  expect(rows.some((r) => r.startsWith('sprakpraktik,Började språkpraktik,'))).toBe(true);
  expect(csv).not.toContain('Amal');

  // Own dates, with a plain GET form.
  await admin.getByText('Välj egna datum').click();
  await admin.getByLabel('Från och med').fill('2026-01-01');
  await admin.getByLabel('Till och med').fill('2026-06-30');
  await admin.getByRole('button', { name: 'Visa rapporten' }).click();
  await expect(admin).toHaveURL(/from=2026-01-01&to=2026-06-30/);
  await expect(admin.getByRole('heading', { level: 2 }).first()).toContainText('juni');
});
