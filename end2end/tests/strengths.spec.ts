import { test, expect } from '@playwright/test';
import { expectNoAxeViolations, expectNoHorizontalScroll, goto, newParticipant, ready } from './helpers';

test('a participant picks strengths, writes interests and conditions, and puts them into the CV', async ({ browser, page }, info) => {
  await newParticipant(browser, page, info);
  await page.getByRole('link', { name: /^Öppna\s*: Mina styrkor$/ }).click();
  await expect(page).toHaveURL(/\/strengths$/);
  await expectNoAxeViolations(page, info);

  // Tap to pick: checkboxes, with and without JavaScript.
  await page.getByRole('link', { name: 'Välj dina styrkor' }).click();
  await ready(page, info);
  await page.getByLabel('Pålitlig').check();
  await page.getByLabel('Laga mat', { exact: true }).check();
  await page.getByLabel('Barn och unga').check();
  await expectNoAxeViolations(page, info);
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page).toHaveURL(/\/strengths\?picked=1$/);
  await expect(page.getByRole('status')).toContainText('Det är sparat.');
  await expect(page.locator('main')).toContainText('Pålitlig');

  // In own words, with an example.
  await page.getByRole('link', { name: 'Skriv med egna ord' }).click();
  await ready(page, info);
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.locator('.error-summary')).toBeVisible();
  await page.getByLabel('Din styrka').fill('Tolkar tigrinja');
  await page.getByLabel('Huvud – vad jag kan och vet').check();
  await page.getByLabel('Exempel').fill('Hjälpte grannen hos läkaren');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByRole('status')).toContainText('Det är sparat.');
  await expect(page.locator('main')).toContainText('Tolkar tigrinja');
  await expectNoAxeViolations(page, info);

  // Interests, work wanted and conditions, each on its own screen.
  await goto(page, info, '/strengths/interests');
  await page.getByLabel('Vad tycker du om att göra?').fill('Fotboll\nMatlagning');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByRole('status')).toContainText('Det är sparat.');
  await goto(page, info, '/strengths/work');
  await page.getByLabel('Vilka jobb vill du ha?').fill('Kock');
  await page.getByRole('button', { name: 'Spara' }).click();
  await goto(page, info, '/strengths/conditions');
  await page.getByLabel('Deltid').check();
  await page.getByLabel('Inne', { exact: true }).check();
  await page.getByLabel('Cykla').check();
  await expectNoAxeViolations(page, info);
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByRole('status')).toContainText('Det är sparat.');
  const main = page.locator('main');
  await expect(main).toContainText('Fotboll');
  await expect(main).toContainText('Kock');
  await expect(main).toContainText('Hur mycket vill du arbeta? Deltid');
  await expect(main).toContainText('Cykla');
  await expectNoAxeViolations(page, info);

  // A private note on an earlier job.
  await goto(page, info, '/strengths/history');
  await page.getByLabel('Vilket jobb?').fill('Diskare på Restaurang Aleppo');
  await page.getByLabel('Varför slutade jobbet?').fill('Restaurangen stängde');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByRole('status')).toContainText('Det är sparat.');
  await expect(main).toContainText('Restaurangen stängde');
  await expectNoAxeViolations(page, info);

  // Into a new CV: skills and interests on the preview.
  await goto(page, info, '/cv');
  await page.getByRole('button', { name: /Börja skriva ditt CV|Gör ett nytt CV/ }).first().click();
  await expect(page).toHaveURL(/\/cv\/\d+/);
  await goto(page, info, '/strengths');
  await page.getByRole('button', { name: 'Lägg in i CV:t' }).click();
  await expect(page).toHaveURL(/\/cv\/\d+\/preview\?strengths=1$/);
  await expect(page.getByRole('status')).toContainText('Dina styrkor och intressen finns nu i CV:t.');
  const sheet = page.locator('.cv-sheet');
  await expect(sheet).toContainText('Laga mat');
  await expect(sheet).toContainText('Tolkar tigrinja');
  await expect(sheet).toContainText('Intressen');
  await expect(sheet).toContainText('Matlagning');

  // In Arabic, right to left, at 320 px.
  await goto(page, info, '/strengths');
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(main).toContainText('نقاط قوتك');
  await expectNoAxeViolations(page, info);
  await page.setViewportSize({ width: 320, height: 700 });
  await expectNoHorizontalScroll(page);
  await goto(page, info, '/strengths/pick');
  await expectNoAxeViolations(page, info);
  await expectNoHorizontalScroll(page);
});
