import { test, expect } from '@playwright/test';
import { expectNoAxeViolations, expectNoHorizontalScroll, goto, newParticipant, ready } from './helpers';

test('a participant adds two applications and gets the month\'s list for the activity report, in Swedish and Arabic', async ({ browser, page }, info) => {
  await newParticipant(browser, page, info);
  await page.getByRole('link', { name: /^Öppna\s*: Mina ansökningar$/ }).click();
  await expect(page).toHaveURL(/\/applications$/);
  await expect(page.locator('main')).toContainText('Du har inte skrivit upp någon ansökan än.');
  await expect(page.locator('.share-status')).toContainText('Din coach ser inte det här.');
  await expectNoAxeViolations(page, info);

  // Refused in words, with what was typed kept.
  await page.getByRole('link', { name: 'Ny ansökan' }).click();
  await ready(page, info);
  const today = await page.getByLabel('Datum').inputValue();
  expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  await page.getByLabel('Jobb', { exact: true }).fill('Truckförare');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.locator('.error-summary')).toBeVisible();
  await expect(page.locator('.error-summary').getByRole('link').first()).toHaveAttribute('href', '#employer');
  await expect(page.getByLabel('Jobb', { exact: true })).toHaveValue('Truckförare');
  await expectNoAxeViolations(page, info);

  await page.getByLabel('Arbetsgivare').fill('Lager, Kyl & Frys AB');
  await page.getByLabel('Via e-post').check();
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page).toHaveURL(/\/applications\?added=1$/);
  await expect(page.getByRole('status')).toContainText('Ansökan är sparad.');

  // The second from a link that says what is known already.
  await goto(page, info, '/applications/new?employer=ICA%20Maxi&job=Kassabitr%C3%A4de&how=coach');
  await expect(page.getByLabel('Arbetsgivare')).toHaveValue('ICA Maxi');
  await expect(page.getByLabel('Genom min coach')).toBeChecked();
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page).toHaveURL(/\/applications\?added=1$/);
  await expect(page.locator('ul.applications > li')).toHaveCount(2);
  await expectNoAxeViolations(page, info);
  await expectNoHorizontalScroll(page);

  // An interview time, and its calendar file.
  await page.getByRole('link', { name: /^Ändra\s*: ICA Maxi/ }).click();
  await ready(page, info);
  await page.getByLabel('Intervju', { exact: true }).check();
  await page.getByLabel('Tid för intervju').fill(`${today}T10:00`);
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByRole('status')).toContainText('Ändringen är sparad.');
  await expect(page.locator('main')).toContainText('Intervju:');
  await expect(page.getByRole('link', { name: /^Lägg till intervjun i kalendern/ })).toHaveAttribute('href', /\/applications\/\d+\/interview\.ics$/);

  // The month's list, in the report's order, with its downloads.
  await page.getByRole('link', { name: 'Till aktivitetsrapporten' }).click();
  await expect(page).toHaveURL(/\/applications\/report$/);
  const lines = page.locator('ol.report-lines > li');
  await expect(lines).toHaveCount(2);
  await expect(lines.first()).toContainText(`Lager, Kyl & Frys AB – Truckförare – ${today} – Via e-post`);
  await expect(page.getByRole('link', { name: 'Som tabell för Excel (.csv)' })).toHaveAttribute('href', `/applications/report.csv?month=${today.slice(0, 7)}`);
  const csv = await page.request.get(`/applications/report.csv?month=${today.slice(0, 7)}`);
  expect(await csv.text()).toContain('"Lager, Kyl & Frys AB",Truckförare');
  await expectNoAxeViolations(page, info);
  await expectNoHorizontalScroll(page);

  // Another month with the plain form.
  await page.getByLabel('Månad').fill('2020-01');
  await page.getByRole('button', { name: 'Visa månaden' }).click();
  await expect(page).toHaveURL(/\/applications\/report\?month=2020-01$/);
  await expect(page.locator('main')).toContainText('Inga ansökningar den månaden.');

  // In Arabic, right to left.
  await goto(page, info, `/applications/report?month=${today.slice(0, 7)}`);
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('لتقرير النشاط');
  await expect(page.locator('ol.report-lines > li')).toHaveCount(2);
  await expect(page.locator('main')).toContainText('عبر البريد الإلكتروني');
  await expectNoAxeViolations(page, info);
  await expectNoHorizontalScroll(page);
  await goto(page, info, '/applications');
  await expect(page.locator('main')).toContainText('عن طريق مدربي');
  await expectNoAxeViolations(page, info);
  await expectNoHorizontalScroll(page);
});
