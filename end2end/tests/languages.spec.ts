import { test, expect } from '@playwright/test';
import { expectNoAxeViolations, expectNoHorizontalScroll, goto, newParticipant, ready } from './helpers';

test('a participant rates a language by "I can…" sentences, adds SFI, and the CV shows the grid', async ({ browser, page }, info) => {
  await newParticipant(browser, page, info);
  await page.getByRole('link', { name: /^Öppna\s*: Mina språk$/ }).click();
  await expect(page).toHaveURL(/\/languages$/);
  await expect(page.locator('main')).toContainText('Du har inte lagt till något språk än.');
  await expectNoAxeViolations(page, info);

  // Refused in words: every skill needs an answer unless it is the mother tongue.
  await page.getByRole('link', { name: 'Lägg till ett språk' }).click();
  await ready(page, info);
  await page.getByLabel('Vilket språk?').fill('Svenska');
  await page.getByLabel(/^B1 – Jag förstår det viktigaste/).check();
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.locator('.error-summary')).toBeVisible();
  await expect(page.locator('.error-summary').getByRole('link').first()).toHaveAttribute('href', '#reading');
  await expect(page.getByLabel('Vilket språk?')).toHaveValue('Svenska');
  await expect(page.getByLabel(/^B1 – Jag förstår det viktigaste/)).toBeChecked();
  await expectNoAxeViolations(page, info);

  await page.getByLabel(/^A2 – Jag kan läsa korta enkla texter/).check();
  await page.getByLabel(/^A2 – Jag klarar korta samtal/).check();
  await page.getByLabel(/^A2 – Jag kan med en serie fraser/).check();
  await page.locator('#writing').check();
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page).toHaveURL(/\/languages\?saved=1$/);
  await expect(page.getByRole('status')).toContainText('Språket är sparat.');
  await expect(page.locator('.levels').first().locator('div').first()).toHaveText(/Hörförståelse\s*B1/);

  // A mother tongue needs no levels.
  await page.getByRole('link', { name: 'Lägg till ett språk' }).click();
  await ready(page, info);
  await page.getByLabel('Vilket språk?').fill('Arabiska');
  await page.getByLabel('Det här är mitt modersmål').check();
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByRole('status')).toContainText('Språket är sparat.');

  // SFI, shown with its approximate level.
  await page.getByRole('link', { name: 'Ändra SFI' }).click();
  await ready(page, info);
  await page.getByLabel('Studieväg 2 (kurs B–D)').check();
  await page.getByLabel(/^Kurs C \(ungefär nivå A2\)/).check();
  await page.getByLabel('Kurs B klar den').fill('2026-06-10');
  await expectNoAxeViolations(page, info);
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByRole('status')).toContainText('SFI är sparat.');
  await expect(page.locator('main')).toContainText('Läser kurs C nu');
  await expect(page.locator('main')).toContainText('Ungefärlig nivå efter SFI: A1');
  await expect(page.locator('main')).toContainText('Nivåerna är ungefärliga.');

  // Where Swedish was used.
  await page.getByRole('link', { name: 'Lägg till var du har använt ett språk' }).click();
  await ready(page, info);
  await page.getByLabel('Språkpraktik').check();
  await page.getByLabel('Plats', { exact: true }).fill('ICA Maxi');
  await page.getByLabel('Från', { exact: true }).fill('2026-03');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByRole('status')).toContainText('Det är sparat.');
  await expect(page.locator('main')).toContainText('ICA Maxi');
  await expectNoAxeViolations(page, info);

  // Into a new CV: the preview shows the grid, which scrolls on its own at 320 px.
  await goto(page, info, '/cv');
  await page.getByRole('button', { name: /Börja skriva ditt CV|Gör ett nytt CV/ }).first().click();
  await expect(page).toHaveURL(/\/cv\/\d+/);
  await goto(page, info, '/languages');
  await page.getByRole('button', { name: 'Lägg in i CV:t' }).click();
  await expect(page).toHaveURL(/\/cv\/\d+\/preview\?languages=1$/);
  const grid = page.locator('table.cv-table');
  await expect(grid).toContainText('Läsförståelse');
  await expect(grid.getByRole('row', { name: /Svenska/ })).toContainText('B1');
  await expect(page.locator('.cv-sheet')).toContainText('Arabiska – Modersmål');
  await expectNoAxeViolations(page, info);
  await page.setViewportSize({ width: 320, height: 700 });
  await expectNoHorizontalScroll(page);

  // In Arabic, right to left, at 320 px: the list and the form.
  await goto(page, info, '/languages');
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('main')).toContainText('اللغة الأم');
  await expectNoAxeViolations(page, info);
  await expectNoHorizontalScroll(page);
  await goto(page, info, '/languages/1');
  await expect(page.locator('main')).toContainText('ليس بعد');
  await expectNoAxeViolations(page, info);
  await expectNoHorizontalScroll(page);
});
