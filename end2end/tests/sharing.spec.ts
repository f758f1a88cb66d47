import { test, expect } from '@playwright/test';
import { coachBrowser, expectNoAxeViolations, expectNoHorizontalScroll, goto, newParticipant, ready } from './helpers';

test('share a CV → the coach reads it and downloads the PDF → withdraw → refused → the look is listed', async ({ browser, page }, info) => {
  const { name } = await newParticipant(browser, page, info);
  const profile = `Van vid lager och truck ${info.project.name}`;

  // A CV with a profile.
  await goto(page, info, '/cv');
  await page.getByRole('button', { name: 'Börja skriva ditt CV' }).click();
  await expect(page).toHaveURL(/\/cv\/\d+$/);
  await page.getByRole('link', { name: /^Lägg till\s*: Om mig$/ }).click();
  await ready(page, info);
  await page.getByLabel('Några meningar om dig').fill(profile);
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page).toHaveURL(/\/cv\/\d+$/);

  // Share it, from the home page.
  await goto(page, info, '/home');
  await page.getByRole('link', { name: /^Öppna\s*: Dela med min coach$/ }).click();
  await expect(page).toHaveURL(/\/sharing$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dela med min coach');
  await expect(page.locator('#cv .sharing-now')).toHaveText('Demo Coach ser inget av ditt CV.');
  await expect(page.locator('main')).toContainText('Det här ser din coach aldrig');
  await expectNoAxeViolations(page, info);
  await expectNoHorizontalScroll(page);
  await page.getByRole('link', { name: /^Ändra\s*: CV$/ }).click();
  await expect(page).toHaveURL(/\/share\/cv$/);
  await ready(page, info);
  await page.getByLabel(/^Mitt CV/).check();
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page).toHaveURL(/\/sharing\?saved=cv/);
  await expect(page.getByRole('status')).toContainText('Sparat');
  await expect(page.locator('#cv .sharing-now')).toContainText('Demo Coach ser ditt CV ”Mitt CV”');

  // The coach finds them in the caseload and reads the CV.
  const coach = await coachBrowser(browser, info);
  const row = coach.locator('ul.people li', { hasText: name });
  await expect(row).toContainText('Delar: CV');
  await row.getByRole('link', { name, exact: true }).click();
  await expect(coach).toHaveURL(/\/coach\/participants\/\d+$/);
  const participantPage = coach.url();
  await expect(coach.locator('.cv-sheet')).toContainText(profile);
  await expectNoAxeViolations(coach, info);
  await expectNoHorizontalScroll(coach);
  const pdfLink = coach.getByRole('link', { name: 'Ladda ner PDF' });
  const pdfHref = await pdfLink.getAttribute('href');
  const [download] = await Promise.all([coach.waitForEvent('download'), pdfLink.click()]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);

  // The participant stops sharing, after a check page.
  await goto(page, info, '/sharing');
  await page.getByRole('link', { name: 'Sluta dela allt' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sluta dela?');
  await expectNoAxeViolations(page, info);
  await page.getByRole('button', { name: 'Ja, sluta dela' }).click();
  await expect(page).toHaveURL(/\/sharing\/stopped$/);
  await expect(page.getByRole('status')).toContainText('Din coach kan inte se något av det du delade längre');
  await expectNoAxeViolations(page, info);

  // The coach's very next request is refused: the page says "Inte delat", the PDF is gone.
  await coach.goto(participantPage);
  await expect(coach.locator('main')).toContainText('Inte delat');
  await expect(coach.locator('main')).not.toContainText(profile);
  const refused = await coach.context().request.get(pdfHref!);
  expect(refused.status()).toBe(404);

  // "Vem har tittat?": the read and the download, newest first.
  await goto(page, info, '/home');
  await page.getByRole('link', { name: 'Vem har tittat?' }).click();
  await expect(page).toHaveURL(/\/access-log$/);
  const looks = page.locator('ol.log li');
  await expect(looks).toHaveCount(2);
  await expect(looks.nth(0)).toContainText('Coach Demo Coach laddade ner ditt CV ”Mitt CV” som PDF');
  await expect(looks.nth(1)).toContainText('Coach Demo Coach såg ditt CV ”Mitt CV”');
  await expectNoAxeViolations(page, info);
  await expectNoHorizontalScroll(page);

  // The same in Arabic, right to left.
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('من اطّلع؟');
  await expect(page.locator('ol.log li').nth(0)).toContainText('المدرب Demo Coach');
  await expectNoAxeViolations(page, info);
  await goto(page, info, '/sharing');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('المشاركة مع مدربي');
  await expectNoAxeViolations(page, info);
  await expectNoHorizontalScroll(page);
  await goto(page, info, '/sharing/history');
  await expect(page.locator('ol.log li')).toHaveCount(2);
  await expectNoAxeViolations(page, info);
  await coach.context().close();
});

test('a coach writes a note; the participant sees it, never an internal one', async ({ browser, page }, info) => {
  const { name } = await newParticipant(browser, page, info);
  const coach = await coachBrowser(browser, info);
  await coach.getByRole('link', { name, exact: true }).click();
  await ready(coach, info);
  const visible = `Bra möte idag ${info.project.name}`;
  const internal = `Intern: ring arbetsgivaren ${info.project.name}`;

  // An empty note is refused in words, with the summary linked to the field.
  await coach.getByRole('button', { name: 'Spara anteckningen' }).click();
  await expect(coach.locator('.error-summary')).toBeVisible();
  await expect(coach.locator('.error-summary').getByRole('link')).toHaveAttribute('href', '#body');
  await expectNoAxeViolations(coach, info);

  await coach.getByLabel('Ny anteckning').fill(visible);
  await coach.getByRole('button', { name: 'Spara anteckningen' }).click();
  await expect(coach.locator('#notes')).toContainText(visible);
  await coach.getByLabel('Ny anteckning').fill(internal);
  await coach.getByLabel('Intern: bara för coacher').check();
  await coach.getByRole('button', { name: 'Spara anteckningen' }).click();
  await expect(coach.locator('#notes')).toContainText(internal);
  await expect(coach.locator('#notes li', { hasText: internal })).toContainText('Intern');
  await expectNoAxeViolations(coach, info);

  await goto(page, info, '/home');
  await expect(page.locator('main')).toContainText(visible);
  await expect(page.locator('main')).not.toContainText(internal);
  await expectNoAxeViolations(page, info);

  // The coach changes their note: the participant's page follows, saying it was changed.
  const changed = `Bra möte i dag, vi ses på torsdag ${info.project.name}`;
  await coach.locator('#notes li', { hasText: visible }).getByRole('link', { name: /Ändra/ }).click();
  await ready(coach, info);
  await expect(coach.getByRole('heading', { level: 1 })).toHaveText('Ändra anteckningen');
  await expectNoAxeViolations(coach, info);
  await coach.getByLabel('Anteckning', { exact: true }).fill(changed);
  await coach.getByRole('button', { name: 'Spara anteckningen' }).click();
  await expect(coach.locator('#notes [role=status]')).toContainText('Anteckningen är ändrad.');
  await goto(page, info, '/home');
  await expect(page.locator('#notes-heading + ol')).toContainText(changed);
  await expect(page.locator('#notes-heading + ol')).toContainText('ändrad');

  // Taken back, asked first: nobody sees it any more.
  await coach.locator('#notes li', { hasText: changed }).getByRole('link', { name: /Ändra/ }).click();
  await ready(coach, info);
  await coach.getByRole('link', { name: 'Ta bort anteckningen' }).click();
  await ready(coach, info);
  await expect(coach.getByRole('heading', { level: 1 })).toHaveText('Ta bort anteckningen?');
  await expectNoAxeViolations(coach, info);
  await coach.getByRole('button', { name: 'Ja, ta bort anteckningen' }).click();
  await expect(coach.locator('#notes [role=status]')).toContainText('Anteckningen är borttagen.');
  await expect(coach.locator('#notes')).not.toContainText(changed);
  await goto(page, info, '/home');
  await expect(page.locator('main')).not.toContainText(changed);
  await coach.context().close();
});
