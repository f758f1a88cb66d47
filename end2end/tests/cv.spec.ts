import { test, expect } from '@playwright/test';
import { expectNoAxeViolations, expectNoHorizontalScroll, goto, newParticipant, ready } from './helpers';

test('a participant starts a CV and fills in contact details and a profile', async ({ browser, page }, info) => {
  await newParticipant(browser, page, info);
  await page.getByRole('link', { name: /^Öppna\s*: CV$/ }).click();
  await expect(page).toHaveURL(/\/cv$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mina CV');
  await expectNoAxeViolations(page, info);

  await page.getByRole('button', { name: 'Börja skriva ditt CV' }).click();
  await expect(page).toHaveURL(/\/cv\/\d+$/);
  const overview = page.url();
  await expect(page.getByText('0 av de 7 delar som ett CV behöver är ifyllda', { exact: false })).toBeVisible();
  await expectNoAxeViolations(page, info);
  await expectNoHorizontalScroll(page);

  await page.getByRole('link', { name: /^Lägg till\s*: Kontaktuppgifter$/ }).click();
  await expect(page).toHaveURL(/\/contact$/);
  await ready(page, info);
  await page.getByLabel('Namn').fill('Amal Hassan');
  await page.getByLabel('Telefon').fill('070-123 45 67');
  await page.getByLabel('E-post').fill('amal.example.se');
  await page.getByLabel('Ort').fill('Södertälje');
  await page.getByRole('button', { name: 'Spara' }).click();

  // Refused: the summary links to the field, and everything typed is still there.
  const summary = page.locator('.error-summary');
  await expect(summary).toBeVisible();
  await expect(summary.getByRole('link')).toHaveAttribute('href', '#email');
  await expect(page).toHaveTitle(/^Fel: /);
  await expect(page.getByLabel('Namn')).toHaveValue('Amal Hassan');
  await expect(page.getByLabel('E-post')).toHaveValue('amal.example.se');
  await expectNoAxeViolations(page, info);

  await page.getByLabel('E-post').fill('amal@example.se');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page).toHaveURL(overview);
  await expect(page.getByText('1 av de 7 delar som ett CV behöver är ifyllda', { exact: false })).toBeVisible();

  await page.getByRole('link', { name: /^Lägg till\s*: Om mig$/ }).click();
  await expect(page).toHaveURL(/\/profile$/);
  await ready(page, info);
  await page.getByLabel('Några meningar om dig').fill('Noggrann och glad. أعمل بجد.');
  await expectNoAxeViolations(page, info);
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page).toHaveURL(overview);
  await expect(page.getByText('2 av de 7 delar som ett CV behöver är ifyllda', { exact: false })).toBeVisible();

  // What was saved is what the forms show again.
  await goto(page, info, `${new URL(overview).pathname}/profile`);
  await expect(page.getByLabel('Några meningar om dig')).toHaveValue('Noggrann och glad. أعمل بجد.');
  await goto(page, info, '/cv');
  await expect(page.getByText('2 av de 7 delar som ett CV behöver är ifyllda', { exact: false })).toBeVisible();
  await expect(page.getByText('Visas först', { exact: true })).toBeVisible();
});

test('someone else\'s CV is not found', async ({ browser, page }, info) => {
  await newParticipant(browser, page, info);
  await goto(page, info, '/cv/1');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sidan finns inte');
  const res = await page.goto('/cv/999999/contact');
  expect(res?.status()).toBe(404);
});

test('text that looks like markup stays text in a text area', async ({ browser, page }, info) => {
  await newParticipant(browser, page, info);
  await goto(page, info, '/cv');
  await page.getByRole('button', { name: 'Börja skriva ditt CV' }).click();
  await expect(page).toHaveURL(/\/cv\/\d+$/);
  const overview = new URL(page.url()).pathname;
  const payload = '</textarea><b id=inj>x</b><button id=fake>OK</button>';
  await goto(page, info, `${overview}/profile`);
  await page.getByLabel('Några meningar om dig').fill(payload);
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page).toHaveURL(new RegExp(`${overview}$`));
  await goto(page, info, `${overview}/profile`);
  await expect(page.locator('#inj')).toHaveCount(0);
  await expect(page.locator('#fake')).toHaveCount(0);
  await expect(page.getByLabel('Några meningar om dig')).toHaveValue(payload);
});
