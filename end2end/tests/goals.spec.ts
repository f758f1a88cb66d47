import { test, expect } from '@playwright/test';
import { expectNoAxeViolations, expectNoHorizontalScroll, goto, newParticipant, ready } from './helpers';

test('a participant sets a language goal, logs today\'s practice from the list, sees its strength and chart, pauses it', async ({ browser, page }, info) => {
  await newParticipant(browser, page, info);
  await page.getByRole('link', { name: /^Öppna\s*: Språkmål$/ }).click();
  await expect(page).toHaveURL(/\/goals$/);
  await expect(page.locator('main')).toContainText('Du har inga språkmål än.');
  await expectNoAxeViolations(page, info);
  await page.getByRole('link', { name: 'Nytt mål' }).click();
  await ready(page, info);

  // Refused in words, with what was typed kept.
  await page.getByLabel(/Hur många gånger/).fill('9');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.locator('.error-summary')).toBeVisible();
  await expect(page.locator('.error-summary').getByRole('link').first()).toHaveAttribute('href', '#what');
  await expect(page.getByLabel(/Hur många gånger/)).toHaveValue('9');
  await expectNoAxeViolations(page, info);

  await page.getByLabel('Vad vill du kunna?').fill('Prata med kunder på svenska');
  await page.getByLabel(/Hur många gånger/).fill('3');
  await page.getByLabel('Arbetsplats för språkpraktik').fill('ICA Maxi');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page).toHaveURL(/\/goals\/\d+\?created=1$/);
  await expect(page.getByRole('status')).toContainText('Målet är sparat');
  await expect(page.locator('main')).toContainText('3 gånger i veckan');
  await expect(page.locator('main')).toContainText('Vana: nystartad');
  await expectNoAxeViolations(page, info);

  // Today from the list with one tap; the goal was set today, so no earlier day is offered.
  await goto(page, info, '/goals');
  await page.getByRole('button', { name: /^Jag övade idag/ }).click();
  await expect(page).toHaveURL(/\/goals\?logged=1$/);
  await expect(page.locator('main')).toContainText('Du har övat idag');
  await expect(page.getByRole('button', { name: /^Jag övade idag/ })).toHaveCount(0);

  // The goal page: the chart has a text alternative and a table; the log lists today.
  await page.getByRole('link', { name: 'Prata med kunder på svenska' }).click();
  await expect(page.getByRole('img', { name: /Dagar du övat/ })).toBeVisible();
  await expect(page.locator('table.chart-table')).toContainText('1 dag');
  // The bar is as long as the strength says (the page's policy allows no inline styles).
  const percent = Number((await page.locator('p.strength').innerText()).match(/\((\d+)\s*%\)/)![1]);
  const bar = await page.locator('svg.bar').boundingBox();
  const fill = await page.locator('svg.bar rect.bar-fill').boundingBox();
  expect(Math.abs(((fill?.width ?? 0) / bar!.width) * 100 - percent)).toBeLessThan(3);
  await expect(page.locator('main')).toContainText('Senaste övningar');
  await expectNoAxeViolations(page, info);
  await expectNoHorizontalScroll(page);

  // Paused for a reason, and taken up again.
  await page.getByLabel('Jag reser').check();
  await page.getByRole('button', { name: 'Pausa målet' }).click();
  await expect(page.getByRole('status')).toContainText('Målet är pausat');
  await expect(page.locator('main')).toContainText('Pausat (Jag reser)');
  await page.getByRole('button', { name: 'Fortsätt med målet' }).click();
  await expect(page.getByRole('status')).toContainText('Välkommen tillbaka');

  // In Arabic, right to left, at 320 px.
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('main')).toContainText('مرات في الأسبوع');
  await expectNoAxeViolations(page, info);
  await page.setViewportSize({ width: 320, height: 700 });
  await expectNoHorizontalScroll(page);
});
