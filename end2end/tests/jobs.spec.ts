import { test, expect } from '@playwright/test';
import { expectNoAxeViolations, expectNoHorizontalScroll, goto, newCoach, newParticipant, ready, unique } from './helpers';

test('a coach logs an employer visit, matches a lead, offers it; the participant says yes; the coach presents', async ({ browser, page }, info) => {
  const { coach, login: coachLogin, name: coachName } = await newCoach(browser, info);
  const { name } = await newParticipant(browser, page, info, coachLogin);

  // The participant says what work they want and shares their strengths with the coach.
  await goto(page, info, '/strengths/work');
  await page.getByLabel('Vilka jobb vill du ha?').fill('Kök');
  await page.getByRole('button', { name: 'Spara' }).click();
  await goto(page, info, '/strengths/conditions');
  await page.getByLabel('Inne', { exact: true }).check();
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByRole('status')).toContainText('Det är sparat.');
  await goto(page, info, '/share/strengths');
  await page.getByLabel(`Ja, ${coachName} får se det`).check();
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page).toHaveURL(/\/sharing/);

  // The coach adds an employer and logs a visit for the participant.
  await expect(coach.locator('main')).toContainText('0 av 6 den här veckan');
  await expectNoAxeViolations(coach, info);
  await coach.getByRole('link', { name: 'Arbetsgivare' }).first().click();
  await expect(coach).toHaveURL(/\/coach\/employers$/);
  await expectNoAxeViolations(coach, info);
  await ready(coach, info);
  await coach.getByRole('link', { name: 'Lägg till arbetsgivare' }).click();
  const employer = unique('Bageriet ', info);
  await ready(coach, info);
  await coach.getByLabel('Arbetsgivarens namn').fill(employer);
  await coach.getByLabel('Ort eller adress').fill('Vallentuna');
  await coach.getByLabel('E-post på jobbet').fill('inte en adress');
  await coach.getByRole('button', { name: 'Spara' }).click();
  // A refused form keeps what was typed.
  await expect(coach.locator('.error-summary')).toContainText('Skriv e-postadressen');
  await expect(coach.getByLabel('Arbetsgivarens namn')).toHaveValue(employer);
  await coach.getByLabel('E-post på jobbet').fill('eva@bageriet.se');
  await coach.getByRole('button', { name: 'Spara' }).click();
  await expect(coach).toHaveURL(/\/coach\/employers\/\d+\?added$/);
  await expect(coach.getByRole('status')).toContainText('Arbetsgivaren är tillagd.');
  await expectNoAxeViolations(coach, info);
  await expectNoHorizontalScroll(coach);
  const employerPage = coach.url().replace(/\?.*$/, '');

  await coach.getByRole('link', { name: 'Logga en kontakt' }).click();
  await ready(coach, info);
  await expectNoAxeViolations(coach, info);
  await coach.getByLabel('Besök, möte på plats').check();
  await coach.getByLabel('För vem?').selectOption({ label: name });
  await coach.getByLabel('Vad kom fram?').fill('Behöver någon i köket på morgonen.');
  await coach.getByRole('button', { name: 'Spara kontakten' }).click();
  await expect(coach.getByRole('status')).toContainText('Kontakten är sparad.');
  await expect(coach.locator('#contacts')).toContainText('Behöver någon i köket');
  await goto(coach, info, '/coach');
  await expect(coach.locator('main')).toContainText('1 av 6 den här veckan');

  // A lead, matched to the people who share enough, with every reason in words.
  await goto(coach, info, employerPage);
  await coach.getByRole('link', { name: 'Skriv ett jobbförslag' }).click();
  await ready(coach, info);
  await expectNoAxeViolations(coach, info);
  await coach.getByLabel('Praktik', { exact: true }).check();
  await coach.getByLabel('Jobbets namn').fill('Köksbiträde');
  await coach.getByLabel('Arbetsuppgifter').fill('Diska och förbereda sallader');
  await coach.getByLabel('Ute', { exact: true }).check();
  await coach.getByRole('button', { name: 'Spara jobbförslaget' }).click();
  await expect(coach).toHaveURL(/\/coach\/leads\/\d+$/);
  const person = coach.locator('ol.matches li', { hasText: name });
  await expect(person).toContainText('Vill arbeta med');
  await expect(person).toContainText('Vill inte arbeta utomhus');
  await expectNoAxeViolations(coach, info);
  await expectNoHorizontalScroll(coach);
  await ready(coach, info);
  await person.getByRole('button', { name: /Erbjud jobbförslaget/ }).click();
  await expect(coach.getByRole('status')).toContainText('Jobbförslaget är erbjudet.');
  const leadPage = coach.url().replace(/[?#].*$/, '');

  // The participant sees it on their phone and says yes.
  await goto(page, info, '/home');
  await expect(page.locator('main')).toContainText('Ett jobbförslag från din coach');
  await page.getByRole('link', { name: /Svara på jobbförslaget/ }).click();
  await expect(page).toHaveURL(/\/jobs\/\d+$/);
  await expect(page.locator('main')).toContainText('Köksbiträde');
  await expect(page.locator('main')).toContainText('Du har inte presenterats för arbetsgivaren än.');
  await expectNoAxeViolations(page, info);
  await expectNoHorizontalScroll(page);
  await ready(page, info);
  await page.getByLabel('Ja, jag vill').check();
  await page.getByLabel('Vill du säga något till din coach?').fill('Gärna tidiga morgnar.');
  await page.getByRole('button', { name: 'Skicka svaret' }).click();
  await expect(page.getByRole('status')).toContainText('Ditt svar är sparat.');
  const offerPage = page.url().replace(/\?.*$/, '');

  // The coach presents the participant, choosing what is shown.
  await goto(coach, info, leadPage);
  await expect(coach.locator('#offers')).toContainText('Svarade ja');
  await expect(coach.locator('#offers')).toContainText('Gärna tidiga morgnar.');
  await coach.locator('#offers li', { hasText: name }).getByRole('link', { name: /Presentera för arbetsgivaren/ }).click();
  await expect(coach).toHaveURL(/\/coach\/offers\/\d+\/present$/);
  await expect(coach.locator('main')).toContainText('Hälsa, stödbehov och bakgrund visas aldrig');
  await expectNoAxeViolations(coach, info);
  await ready(coach, info);
  await coach.getByLabel('Styrkorna (inte villkoren)').check();
  await coach.getByRole('button', { name: 'Spara presentationen' }).click();
  await expect(coach.getByRole('status')).toContainText('Presentationen är sparad.');

  // The participant sees exactly what was shown, as a consent record.
  await goto(page, info, offerPage);
  // Names are isolated for right-to-left pages: each is checked on its own.
  const record = page.locator('section', { hasText: 'Visat för arbetsgivaren' });
  await expect(record).toContainText('presenterade dig för');
  await expect(record).toContainText(coachName);
  await expect(record).toContainText(employer);
  await expect(page.locator('main')).toContainText('Dina styrkor');
  await expect(page.locator('main')).not.toContainText('Dina språk och nivåer');
  await expect(page.getByRole('link', { name: 'Lägg till i Mina ansökningar' })).toBeVisible();

  // Arabic, right to left, with nothing for axe, on both phones.
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('فرصة عمل');
  await expect(page.locator('main')).toContainText('نقاط قوتك');
  await expectNoAxeViolations(page, info);
  await expectNoHorizontalScroll(page);
  await goto(page, info, '/jobs');
  await expectNoAxeViolations(page, info);
  await page.getByRole('button', { name: 'Svenska' }).click();
  await coach.getByRole('button', { name: 'العربية' }).click();
  await expect(coach.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(coach.locator('main')).toContainText('فرصة عمل');
  await goto(coach, info, leadPage);
  await expect(coach.locator('ol.matches')).toContainText('لا يريد العمل في الخارج');
  await expectNoAxeViolations(coach, info);
  await expectNoHorizontalScroll(coach);
  await goto(coach, info, employerPage);
  await expectNoAxeViolations(coach, info);
  await coach.getByRole('button', { name: 'Svenska' }).click();
});
