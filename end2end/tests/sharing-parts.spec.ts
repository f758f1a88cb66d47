import { test, expect } from '@playwright/test';
import { coachBrowser, expectNoAxeViolations, expectNoHorizontalScroll, goto, newParticipant, ready } from './helpers';

test('share strengths and Språkmål → the coach reads them → withdraw Språkmål → "Inte delat" → both looks listed, in Swedish and Arabic', async ({ browser, page }, info) => {
  const { name } = await newParticipant(browser, page, info);
  const strength = `Lugn i stressiga lägen ${info.project.name}`;
  const goal = `Prata med kunder ${info.project.name}`;
  const note = `Diskare-privat ${info.project.name}`;

  // Something in each part.
  await goto(page, info, '/strengths/own');
  await page.getByLabel('Din styrka').fill(strength);
  await page.getByLabel('Hjärta – hur jag är').check();
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByRole('status')).toContainText('Det är sparat.');
  await goto(page, info, '/strengths/history');
  await page.getByLabel('Vilket jobb?').fill(note);
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByRole('status')).toContainText('Det är sparat.');
  await goto(page, info, '/goals/new');
  await page.getByLabel('Vad vill du kunna?').fill(goal);
  await page.getByLabel(/Hur många gånger/).fill('3');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page).toHaveURL(/\/goals\/\d+\?created=1$/);
  await goto(page, info, '/goals');
  await page.getByRole('button', { name: /^Jag övade idag/ }).click();
  await expect(page).toHaveURL(/\/goals\?logged=1$/);
  await expect(page.locator('.share-status')).toContainText('Din coach ser inte det här.');

  // The sharing page lists every part on its own line.
  await goto(page, info, '/sharing');
  const parts = page.locator('ul.sharing-parts > li');
  await expect(parts).toHaveCount(6);
  await expect(page.locator('#history')).toContainText('Anteckningar om tidigare jobb');
  await expectNoAxeViolations(page, info);
  await expectNoHorizontalScroll(page);

  // Strengths: shared until further notice.
  await page.getByRole('link', { name: /^Ändra\s*: Styrkor$/ }).click();
  await expect(page).toHaveURL(/\/share\/strengths$/);
  await ready(page, info);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ska din coach se dina styrkor?');
  await expect(page.getByLabel('Nej, dela inte')).toBeChecked();
  await expectNoAxeViolations(page, info);
  await expectNoHorizontalScroll(page);
  // A last day that has passed is refused in words, with what was chosen kept.
  await page.getByLabel('Ja, Demo Coach får se det').check();
  await page.getByLabel('Sista dag för delningen (om du vill)').fill('2020-01-31');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.locator('.error-summary')).toBeVisible();
  await expect(page.getByLabel('Sista dag för delningen (om du vill)')).toHaveValue('2020-01-31');
  await expect(page.getByLabel('Ja, Demo Coach får se det')).toBeChecked();
  await expectNoAxeViolations(page, info);
  await page.getByLabel('Sista dag för delningen (om du vill)').fill('');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page).toHaveURL(/\/sharing\?saved=strengths/);
  await expect(page.getByRole('status')).toContainText('Sparat');
  await expect(page.locator('#strengths')).toContainText('Demo Coach ser det här tills du slutar dela.');

  // Språkmål, until a last day.
  await page.getByRole('link', { name: /^Ändra\s*: Språkmål$/ }).click();
  await ready(page, info);
  await page.getByLabel('Ja, Demo Coach får se det').check();
  await page.getByLabel('Sista dag för delningen (om du vill)').fill('2099-01-31');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.locator('#goals')).toContainText('Demo Coach ser det här till och med');
  await goto(page, info, '/goals');
  await expect(page.locator('.share-status')).toContainText('Din coach ser det här till och med');

  // The coach reads them, and nothing of the notes.
  const coach = await coachBrowser(browser, info);
  const row = coach.locator('ul.people li', { hasText: name });
  await expect(row).toContainText('Delar: Styrkor, Språkmål');
  await expect(row).toContainText('Språkmål: övade 1 av');
  await row.getByRole('link', { name, exact: true }).click();
  await expect(coach).toHaveURL(/\/coach\/participants\/\d+$/);
  const participantPage = coach.url();
  const main = coach.locator('main');
  await expect(main).toContainText(strength);
  await expect(main).toContainText(goal);
  await expect(main).toContainText('Sedan förra mötet');
  await expect(main).toContainText('Inget möte är markerat som genomfört än.');
  await expect(main).not.toContainText(note);
  expect(await coach.content()).not.toContain(note);
  await expect(coach.locator('p.not-shared', { hasText: 'Anteckningar om tidigare jobb' })).toContainText('Inte delat');
  await expectNoAxeViolations(coach, info);
  await expectNoHorizontalScroll(coach);

  // The participant withdraws Språkmål; the coach's next page says "Inte delat".
  await goto(page, info, '/share/goals');
  await page.getByLabel('Nej, dela inte').check();
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.locator('#goals')).toContainText('Demo Coach ser inte det här.');
  await coach.goto(participantPage);
  await expect(coach.locator('p.not-shared', { hasText: 'Språkmål' })).toContainText('Inte delat');
  await expect(coach.locator('main')).not.toContainText(goal);
  await expect(coach.locator('main')).toContainText(strength);

  // "Vem har tittat?": the two looks at the strengths in one visit are one line with their
  // count, and the look at Språkmål.
  await goto(page, info, '/access-log');
  const looks = page.locator('ol.log li');
  await expect(looks).toHaveCount(2);
  await expect(looks.nth(0)).toContainText('Coach Demo Coach såg dina styrkor');
  await expect(looks.nth(0)).toContainText('2 gånger under samma besök.');
  await expect(page.locator('main')).toContainText('Coach Demo Coach såg dina språkmål');
  await expectNoAxeViolations(page, info);
  await goto(page, info, '/sharing/history');
  await expect(page.locator('main')).toContainText('Du slutade dela dina språkmål med Demo Coach.');
  await expect(page.getByRole('heading', { name: 'Styrkor' })).toBeVisible();
  await expectNoAxeViolations(page, info);

  // The same in Arabic, right to left.
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await goto(page, info, '/access-log');
  await expect(page.locator('ol.log li').nth(0)).toContainText('على نقاط قوتك');
  await expectNoAxeViolations(page, info);
  await goto(page, info, '/sharing');
  await expect(page.locator('#strengths')).toContainText('يرى Demo Coach هذا حتى تتوقف عن المشاركة.');
  await expectNoAxeViolations(page, info);
  await expectNoHorizontalScroll(page);
  await goto(page, info, '/share/history');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('هل يرى مدربك ملاحظاتك عن الأعمال السابقة؟');
  await expectNoAxeViolations(page, info);
  await expectNoHorizontalScroll(page);
  await goto(page, info, '/sharing/history');
  await expectNoAxeViolations(page, info);
  await goto(page, info, '/strengths');
  await expect(page.locator('.share-status')).toContainText('يرى مدربك هذا حتى تتوقف عن المشاركة.');
  await expect(page.locator('.share-status')).not.toContainText('لا يرى');
  await expectNoAxeViolations(page, info);

  // The coach, in Arabic, reads the strengths in Arabic words around the person's own.
  await coach.getByRole('button', { name: 'العربية' }).click();
  await expect(coach.locator('html')).toHaveAttribute('dir', 'rtl');
  await coach.goto(participantPage);
  await ready(coach, info);
  await expect(coach.locator('main')).toContainText(strength);
  await expect(coach.locator('main')).toContainText('منذ الموعد السابق');
  await expectNoAxeViolations(coach, info);
  await expectNoHorizontalScroll(coach);
  await coach.context().close();
});
