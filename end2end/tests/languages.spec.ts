import { test, expect } from '@playwright/test';
import { expectNoAxeViolations, expectNoHorizontalScroll, goto, newParticipant, ready } from './helpers';

test('a participant rates a language one skill per screen, adds SFI, and the CV shows the grid', async ({ browser, page }, info) => {
  await newParticipant(browser, page, info);
  await page.getByRole('link', { name: /^Öppna\s*: Mina språk$/ }).click();
  await expect(page).toHaveURL(/\/languages$/);
  await expect(page.locator('main')).toContainText('Du har inte lagt till något språk än.');
  await expectNoAxeViolations(page, info);

  // The first screen: the name and the mother tongue, no grid. Refused in words without a name.
  await page.getByRole('link', { name: 'Lägg till ett språk' }).click();
  await ready(page, info);
  await expect(page.getByRole('radio')).toHaveCount(0);
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.locator('.error-summary')).toBeVisible();
  await expect(page.locator('.error-summary').getByRole('link').first()).toHaveAttribute('href', '#language');
  await expectNoAxeViolations(page, info);
  await page.getByLabel('Vilket språk?').fill('Svenska');
  await page.getByRole('button', { name: 'Spara' }).click();

  // Then one skill per screen, step 1 of 5: a heading, short "I can" sentences, "Nästa".
  await expect(page).toHaveURL(/\/languages\/1\/skill\/listening$/);
  await ready(page, info);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hörförståelse');
  await expect(page.locator('main')).toContainText('Steg 1 av 5');
  await expect(page.getByRole('radio')).toHaveCount(7);
  await expectNoAxeViolations(page, info);
  await expectNoHorizontalScroll(page);
  // Nothing chosen: the same screen, the problem named and linked.
  await page.getByRole('button', { name: 'Nästa' }).click();
  await expect(page.locator('.error-summary')).toBeVisible();
  await expect(page.locator('.error-summary').getByRole('link').first()).toHaveAttribute('href', '#listening');
  await expect(page.locator('main')).toContainText('Välj ett av svaren.');
  await expectNoAxeViolations(page, info);
  await page.getByLabel(/^B1 – Jag förstår det viktigaste/).check();
  await page.getByRole('button', { name: 'Nästa' }).click();
  await expect(page).toHaveURL(/\/languages\/1\/skill\/reading$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Läsförståelse');
  await expect(page.locator('main')).toContainText('Steg 2 av 5');
  // "Tillbaka" shows the screen before, its answer saved and chosen.
  await page.getByRole('link', { name: 'Tillbaka' }).click();
  await expect(page).toHaveURL(/\/languages\/1\/skill\/listening$/);
  await expect(page.getByLabel(/^B1 – Jag förstår det viktigaste/)).toBeChecked();
  await page.getByRole('button', { name: 'Nästa' }).click();
  await expect(page).toHaveURL(/\/languages\/1\/skill\/reading$/);
  await page.getByLabel(/^A2 – Jag kan läsa korta texter/).check();
  await page.getByRole('button', { name: 'Nästa' }).click();
  await expect(page).toHaveURL(/\/languages\/1\/skill\/spokenInteraction$/);

  // Stopping halfway keeps what was chosen; the list shows the way on.
  await page.getByRole('link', { name: 'Fortsätt senare' }).click();
  await expect(page).toHaveURL(/\/languages$/);
  await expect(page.locator('.levels').first().locator('div').first()).toHaveText(/Hörförståelse\s*B1/);
  await expect(page.locator('main')).toContainText('Inget svar än');
  await expectNoAxeViolations(page, info);
  await expectNoHorizontalScroll(page);
  await page.getByRole('link', { name: /^Inte klart – fortsätt\s*: Svenska$/ }).click();
  await expect(page).toHaveURL(/\/languages\/1\/skill\/spokenInteraction$/);
  await ready(page, info);
  await page.getByLabel(/^A2 – Jag klarar korta samtal/).check();
  await page.getByRole('button', { name: 'Nästa' }).click();
  await expect(page).toHaveURL(/\/languages\/1\/skill\/spokenProduction$/);
  await page.getByLabel(/^A2 – Jag kan berätta om min familj/).check();
  await page.getByRole('button', { name: 'Nästa' }).click();
  // The last step saves.
  await expect(page).toHaveURL(/\/languages\/1\/skill\/writing$/);
  await expect(page.locator('main')).toContainText('Steg 5 av 5');
  await expect(page.getByRole('button', { name: 'Nästa' })).toHaveCount(0);
  await page.locator('#writing').check();
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page).toHaveURL(/\/languages\?saved=1$/);
  await expect(page.getByRole('status')).toContainText('Språket är sparat.');
  await expect(page.locator('.levels').first().locator('div').first()).toHaveText(/Hörförståelse\s*B1/);
  await expect(page.locator('main')).not.toContainText('Inte klart');

  // A mother tongue is saved from the first screen: no levels to walk past.
  await page.getByRole('link', { name: 'Lägg till ett språk' }).click();
  await ready(page, info);
  await page.getByLabel('Vilket språk?').fill('Arabiska');
  await page.getByLabel('Det är mitt modersmål').check();
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page).toHaveURL(/\/languages\?saved=1$/);
  await expect(page.getByRole('status')).toContainText('Språket är sparat.');
  await expect(page.locator('main')).toContainText('Modersmål');

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

  // In Arabic, right to left, at 360 px: the list and a skill's screen, all in Arabic.
  await page.setViewportSize({ width: 360, height: 780 });
  await goto(page, info, '/languages');
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('main')).toContainText('اللغة الأم');
  await expectNoAxeViolations(page, info);
  await expectNoHorizontalScroll(page);
  await goto(page, info, '/languages/1/skill/reading');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('القراءة');
  await expect(page.locator('main')).toContainText('الخطوة 2 من 5');
  await expect(page.locator('main')).toContainText('ليس بعد');
  await expect(page.getByLabel(/^A2 – أستطيع قراءة نصوص قصيرة/)).toBeChecked();
  await expect(page.locator('main')).not.toContainText('Jag ');
  await expectNoAxeViolations(page, info);
  await expectNoHorizontalScroll(page);
  await page.getByRole('button', { name: 'التالي' }).click();
  await expect(page).toHaveURL(/\/languages\/1\/skill\/spokenInteraction$/);
  await expect(page.locator('main')).toContainText('الخطوة 3 من 5');
  await page.setViewportSize({ width: 320, height: 700 });
  await expectNoHorizontalScroll(page);
});
