import { test, expect } from '@playwright/test';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DEMO, expectNoAxeViolations, expectNoHorizontalScroll, goto, newCoach, newParticipant, phoneBrowser, ready, signIn } from './helpers';

test('a participant downloads everything held about them, asks for erasure and takes it back', async ({ browser, page }, info) => {
  const { name } = await newParticipant(browser, page, info);

  await page.getByRole('link', { name: 'Mina uppgifter' }).click();
  await expect(page).toHaveURL(/\/my-data$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mina uppgifter');
  await expectNoAxeViolations(page, info);
  await expectNoHorizontalScroll(page);

  // The zip, opened and checked by unzip.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Ladda ner mina uppgifter' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^vagval-export-\d{4}-\d{2}-\d{2}\.zip$/);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'export-')), 'export.zip');
  await download.saveAs(file);
  execFileSync('unzip', ['-tq', file]);
  const names = execFileSync('unzip', ['-Z1', file]).toString().split('\n');
  expect(names).toEqual(expect.arrayContaining(['vagval-export.json', 'bookings.ics', 'LÄS-MIG.txt']));
  const data = JSON.parse(execFileSync('unzip', ['-p', file, 'vagval-export.json']).toString());
  expect(data.format_version).toBe(1);
  expect(data.tables.users[0].display_name).toBe(name);
  expect(JSON.stringify(data)).not.toContain('password_hash');
  expect(execFileSync('unzip', ['-p', file, 'LÄS-MIG.txt']).toString()).toContain('vagval-export.json');

  // Erasure: the page says what goes, what stays, and for how long, before asking.
  await page.getByRole('link', { name: 'Jag vill radera mitt konto' }).click();
  await expect(page).toHaveURL(/\/my-data\/erase$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Radera mitt konto');
  await expect(page.locator('main')).toContainText('Det här raderas');
  await expect(page.locator('main')).toContainText('Det här sparar organisationen');
  await expect(page.locator('main')).toContainText('30 dagar');
  await expectNoAxeViolations(page, info);
  await expectNoHorizontalScroll(page);
  await ready(page, info);
  await page.getByRole('button', { name: 'Radera mitt konto' }).click();
  await expect(page).toHaveURL(/\/my-data\?asked=1$/);
  await expect(page.getByRole('status').first()).toContainText('Vi har tagit emot din begäran');
  await expect(page.locator('main')).toContainText('Ditt konto raderas');
  await expectNoAxeViolations(page, info);

  // Taken back.
  await ready(page, info);
  await page.getByRole('button', { name: 'Ångra – behåll mitt konto' }).click();
  await expect(page).toHaveURL(/\/my-data\?kept=1$/);
  await expect(page.getByRole('status')).toContainText('Ditt konto finns kvar');
  await expect(page.getByRole('link', { name: 'Jag vill radera mitt konto' })).toBeVisible();

  // The same pages in Arabic, right to left.
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('بياناتي');
  await expectNoAxeViolations(page, info);
  await expectNoHorizontalScroll(page);
  await goto(page, info, '/my-data/erase');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('حذف حسابي');
  await expectNoAxeViolations(page, info);
  await page.getByRole('button', { name: 'Svenska' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
});

test('an admin finds a participant and moves them to another coach; the participant is told and chooses again', async ({ browser, page }, info) => {
  const { name, login } = await newParticipant(browser, page, info);
  const { name: coachName } = await newCoach(browser, info);

  const admin = await phoneBrowser(browser, info);
  await signIn(admin, info, DEMO.admin.login, DEMO.admin.password);
  await expect(admin).toHaveURL(/\/admin$/);
  await admin.getByRole('link', { name: 'Sök deltagare' }).click();
  await expect(admin).toHaveURL(/\/admin\/people$/);
  await ready(admin, info);
  await admin.getByLabel('Namn eller en del av namnet').fill(name);
  await admin.getByRole('button', { name: 'Sök' }).click();
  await expect(admin).toHaveURL(/\/admin\/people\?q=/);
  await expectNoAxeViolations(admin, info);
  await expectNoHorizontalScroll(admin);
  await admin.getByRole('link', { name, exact: true }).click();
  await expect(admin).toHaveURL(/\/admin\/people\/\d+$/);
  await expect(admin.locator('main')).toContainText('Coach: Demo Coach');
  await expectNoAxeViolations(admin, info);
  await expectNoHorizontalScroll(admin);
  await ready(admin, info);
  await admin.getByLabel('Ny coach').selectOption({ label: coachName });
  await admin.getByRole('button', { name: 'Byt coach' }).click();
  await expect(admin).toHaveURL(/\/admin\/people\/\d+\?moved=1$/);
  await expect(admin.getByRole('status')).toContainText('Deltagaren har en ny coach');
  await expect(admin.locator('main')).toContainText(`Coach: ${coachName}`);

  // In Arabic, right to left, with nothing for axe.
  await admin.getByRole('button', { name: 'العربية' }).click();
  await expect(admin.locator('html')).toHaveAttribute('dir', 'rtl');
  await expectNoAxeViolations(admin, info);
  await expectNoHorizontalScroll(admin);
  await admin.getByRole('button', { name: 'Svenska' }).click();

  // The log says who moved whom, never what the account holds.
  await goto(admin, info, '/admin/log');
  // Other tests act at the same time (an erasure may be logged after the move): this
  // person's line, not the newest.
  await expect(admin.locator('ul.log li', { hasText: name }).first()).toContainText('bytte coach');
  await expectNoAxeViolations(admin, info);

  // The participant is told on their home page and goes to choose again.
  await goto(page, info, '/home');
  await expect(page.locator('main')).toContainText(`Du har fått en ny coach: ${coachName}`);
  await expectNoAxeViolations(page, info);
  await ready(page, info);
  await page.getByRole('button', { name: 'Välj vad jag delar' }).click();
  await expect(page).toHaveURL(/\/sharing$/);
  await goto(page, info, '/home');
  await expect(page.locator('main')).not.toContainText('Du har fått en ny coach');

  // Closed: signed out at once, and told in words at the next sign-in; opened again.
  await goto(admin, info, `/admin/people?q=${encodeURIComponent(name)}`);
  await admin.getByRole('link', { name, exact: true }).click();
  await ready(admin, info);
  await admin.getByRole('button', { name: 'Stäng av kontot' }).click();
  await expect(admin.getByRole('status')).toContainText('Kontot är avstängt');
  await page.goto('/home');
  await expect(page).toHaveURL(/\/sign-in/);
  await page.locator('#login').fill(login);
  await page.locator('#password').fill('tre gröna äpplen i korgen');
  await page.locator('form.form button[type=submit]').click();
  await expect(page.locator('.error-summary')).toContainText('Ditt konto är avstängt.');
  await ready(admin, info);
  await admin.getByRole('button', { name: 'Öppna kontot igen' }).click();
  await expect(admin.getByRole('status')).toContainText('Kontot är öppnat igen');
  await page.locator('#password').fill('tre gröna äpplen i korgen');
  await page.locator('form.form button[type=submit]').click();
  await expect(page).toHaveURL(/\/home$/);
  await admin.context().close();
});

test('a coach erases a participant after typing the name; a wrong name erases nothing and is kept', async ({ browser, page }, info) => {
  const { name, login } = await newParticipant(browser, page, info);
  const coach = await phoneBrowser(browser, info);
  await signIn(coach, info, DEMO.coach.login, DEMO.coach.password);
  await expect(coach).toHaveURL(/\/coach$/);
  await coach.locator('ul.people li', { hasText: name }).getByRole('link', { name, exact: true }).click();
  await expect(coach).toHaveURL(/\/coach\/participants\/\d+$/);
  await coach.getByRole('link', { name: 'Radera deltagarens konto' }).click();
  await expect(coach).toHaveURL(/\/coach\/participants\/\d+\/erase$/);
  await expect(coach.getByRole('heading', { level: 1 })).toHaveText('Radera kontot nu');
  await expect(coach.locator('main')).toContainText(name);
  await expectNoAxeViolations(coach, info);
  await expectNoHorizontalScroll(coach);

  // A wrong name: said in words, what was typed kept, nothing erased.
  await ready(coach, info);
  await coach.getByLabel('Skriv personens namn').fill('Någon annan');
  await coach.getByRole('button', { name: 'Radera kontot för alltid' }).click();
  await expect(coach.locator('.error-summary')).toContainText('Skriv personens namn precis som det står ovanför.');
  await expect(coach.getByLabel('Skriv personens namn')).toHaveValue('Någon annan');
  await expectNoAxeViolations(coach, info);
  await goto(page, info, '/home');
  await expect(page).toHaveURL(/\/home$/);

  // The name: erased, the coach told, the participant signed out and unable to sign in.
  await coach.getByLabel('Skriv personens namn').fill(name.toLowerCase());
  await coach.getByRole('button', { name: 'Radera kontot för alltid' }).click();
  await expect(coach).toHaveURL(/\/coach\?erased=1$/);
  await expect(coach.getByRole('status')).toContainText('Kontot är raderat.');
  await expect(coach.locator('main')).not.toContainText(name);
  await page.goto('/home');
  await expect(page).toHaveURL(/\/sign-in/);
  await page.locator('#login').fill(login);
  await page.locator('#password').fill('tre gröna äpplen i korgen');
  await page.locator('form.form button[type=submit]').click();
  await expect(page.locator('.error-summary')).toContainText('Användarnamnet eller lösenordet är fel.');
  await coach.context().close();
});
