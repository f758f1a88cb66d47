import { test, expect, Page, TestInfo } from '@playwright/test';
import { coachBrowser, expectNoAxeViolations, expectNoHorizontalScroll, goto, newParticipant, ready, signIn } from './helpers';

async function checked(page: Page, info: TestInfo) {
  await ready(page, info);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page, info);
  await expectNoHorizontalScroll(page);
}

test('a coach gives a participant who forgot their password a code, and the participant chooses a new one', async ({ browser, page }, info) => {
  const { name, login } = await newParticipant(browser, page, info);
  const coach = await coachBrowser(browser, info, 320);

  await coach.getByRole('link', { name, exact: true }).click();
  await expect(coach).toHaveURL(/\/coach\/participants\/\d+$/);
  await expect(coach.locator('main')).toContainText('Har ett konto.');
  await expect(coach.locator('main')).toContainText('Loggade senast in');
  await checked(coach, info);

  await coach.getByRole('button', { name: 'Ge en kod för nytt lösenord' }).click();
  await expect(coach).toHaveURL(/\/invitation$/);
  await expect(coach.getByRole('heading', { level: 1 })).toHaveText('Kod för nytt lösenord');
  await expect(coach.getByRole('img', { name: 'QR-kod med länken' })).toBeVisible();
  await checked(coach, info);
  const code = (await coach.locator('.code').innerText()).trim();
  const copy = coach.getByRole('button', { name: 'Kopiera koden' });
  if (info.project.name === 'js') {
    await copy.click();
    await expect(coach.getByRole('status')).toContainText('Kopierat');
    expect(await coach.evaluate(() => navigator.clipboard.readText())).toBe(code);
  } else {
    // Without JavaScript there is nothing to press: no button at all.
    await expect(copy).toHaveCount(0);
  }

  // The text message and the slip in the participant's language.
  await coach.getByRole('link', { name: 'العربية' }).click();
  await expect(coach.getByRole('link', { name: 'Skicka som sms' })).toHaveAttribute('href', /^sms:\?&body=.*%D8%A7%D9%84%D8%B1%D9%85%D8%B2/);
  await coach.getByRole('link', { name: 'Skriv ut en lapp' }).click();
  await expect(coach.locator('section.slip')).toHaveAttribute('dir', 'rtl');
  await expect(coach.locator('section.slip')).toContainText(code);
  await checked(coach, info);

  // The participant, signed out, uses the code: their username is shown again.
  await page.context().clearCookies();
  await goto(page, info, '/sign-in');
  await expect(page.locator('main')).toContainText('Be din coach om en kod');
  await page.getByRole('link', { name: 'Jag har en kod' }).click();
  await ready(page, info);
  await page.getByLabel('Kod från din coach').fill(code);
  await page.getByRole('button', { name: 'Fortsätt' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Välj ett nytt lösenord');
  await expect(page.locator('main .lead')).toHaveText(login);
  await expectNoAxeViolations(page, info);
  await page.getByLabel('Välj ett lösenord').fill('fyra blå båtar i hamnen');
  await page.getByRole('button', { name: 'Spara det nya lösenordet' }).click();
  await expect(page).toHaveURL(/\/home$/);

  // The old password no longer works; the new one does.
  await page.context().clearCookies();
  await signIn(page, info, login, 'tre gröna äpplen i korgen');
  await expect(page.locator('.error-summary')).toBeVisible();
  await signIn(page, info, login, 'fyra blå båtar i hamnen');
  await expect(page).toHaveURL(/\/home$/);
  await coach.context().close();
});

test('a coach gives a new code for a lost invitation, or takes the invitation back', async ({ browser }, info) => {
  const coach = await coachBrowser(browser, info, 320);
  const name = `Inbjuden ${Date.now() % 100000}${info.project.name}`;
  await goto(coach, info, '/coach/new-participant');
  await coach.getByLabel('Namn').fill(name);
  await coach.getByRole('button', { name: 'Skapa inbjudan' }).click();
  await expect(coach).toHaveURL(/\/invitation$/);
  const first = (await coach.locator('.code').innerText()).trim();

  await goto(coach, info, '/coach');
  await coach.getByRole('link', { name, exact: true }).click();
  await expect(coach.locator('main')).toContainText('Har inte skapat sitt konto än.');
  await checked(coach, info);
  await coach.getByRole('button', { name: 'Ge en ny kod' }).click();
  await expect(coach).toHaveURL(/\/invitation$/);
  const second = (await coach.locator('.code').innerText()).trim();
  expect(second).not.toBe(first);

  await goto(coach, info, '/coach');
  await coach.getByRole('link', { name, exact: true }).click();
  const person = new URL(coach.url()).pathname;
  await coach.getByRole('link', { name: 'Ta bort inbjudan' }).click();
  await expect(coach.getByRole('heading', { level: 1 })).toHaveText('Ta bort inbjudan?');
  await checked(coach, info);

  // Every new coach page in Arabic too.
  await coach.getByRole('button', { name: 'العربية' }).click();
  await expect(coach.locator('html')).toHaveAttribute('dir', 'rtl');
  await checked(coach, info);
  for (const path of [person, '/invitation', '/invitation/slip?for=sv']) {
    await goto(coach, info, path);
    await expect(coach.locator('html')).toHaveAttribute('dir', 'rtl');
    await checked(coach, info);
  }
  await goto(coach, info, `${person}/withdraw`);
  await coach.getByRole('button', { name: 'نعم، احذف الدعوة' }).click();
  await expect(coach).toHaveURL(/\/coach$/);
  await expect(coach.locator('main')).not.toContainText(name);
  await coach.context().close();
});
