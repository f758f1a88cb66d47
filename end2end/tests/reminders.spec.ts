import { test, expect } from '@playwright/test';
import { expectNoAxeViolations, expectNoHorizontalScroll, goto, newParticipant, ready, unique } from './helpers';

// Reminders on the phone: the page at 360 px, with and without JavaScript, in Swedish and
// Arabic. Subscribing needs a real push service, which the browser tests have none of: the
// device is added as `/push.js` adds it (the same server function), with an address of a
// push service the portal knows. What the pushes say is tested over HTTP with a stand-in.
test('a participant sees what reminders are sent, stops a kind, and removes a device after being asked', async ({ page, browser }, info) => {
  await newParticipant(browser, page, info);
  await goto(page, info, '/bookings');
  await page.getByRole('link', { name: 'Påminnelser i telefonen' }).click();
  await expect(page).toHaveURL(/\/reminders$/);
  await ready(page, info);
  await expect(page.locator('main')).toContainText('en dag och två timmar före ett möte');
  await expect(page.locator('main')).toContainText('Ingen enhet får påminnelser än.');
  if (info.project.name === 'js') {
    // Chromium has push: the button is there, the "needs JavaScript" text is not.
    await expect(page.getByRole('button', { name: 'Påminn mig i telefonen' })).toBeVisible();
    await expect(page.getByText('Påminnelser slås på i en webbläsare med JavaScript')).toBeHidden();
  } else {
    await expect(page.getByText('Påminnelser slås på i en webbläsare med JavaScript')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Påminn mig i telefonen' })).toBeHidden();
  }
  await expectNoAxeViolations(page, info);
  await expectNoHorizontalScroll(page);

  // This phone's subscription, handed over as `/push.js` does.
  const key = Buffer.alloc(65, 4).toString('base64url');
  const added = await page.request.post('/api/add-push-device', {
    headers: { origin: new URL(page.url()).origin, accept: 'application/json' },
    form: {
      endpoint: `https://fcm.googleapis.com/fcm/send/${unique('e2e', info)}`,
      p256dh: key,
      auth: Buffer.alloc(16, 7).toString('base64url'),
    },
  });
  expect(added.ok()).toBeTruthy();
  await page.reload();
  await ready(page, info);
  await expect(page.locator('main')).toContainText('Påminnelser sedan');
  await expect(page.getByRole('button', { name: 'Skicka en provpåminnelse' })).toBeVisible();

  // Stop one kind: saved, and the box stays as chosen.
  const turn = page.getByLabel('När det är min tur på drop-in');
  await expect(turn).toBeChecked();
  await turn.uncheck();
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page).toHaveURL(/\/reminders\?saved=1$/);
  await expect(page.getByRole('status').first()).toContainText('Dina val är sparade.');
  await expect(page.getByLabel('När det är min tur på drop-in')).not.toBeChecked();
  await expect(page.getByLabel('När min coach ställer in eller flyttar ett möte')).toBeChecked();

  // Arabic, right to left, with nothing for axe.
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('التذكيرات على الهاتف');
  await expectNoAxeViolations(page, info);
  await expectNoHorizontalScroll(page);
  await page.getByRole('button', { name: 'Svenska' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');

  // Removing asks first.
  await page.getByRole('link', { name: /^Sluta påminna på/ }).click();
  await expect(page).toHaveURL(/\/reminders\/devices\/\d+\/remove$/);
  await ready(page, info);
  await expect(page.locator('main')).toContainText('Den här enheten får inga fler påminnelser.');
  await expectNoAxeViolations(page, info);
  await expectNoHorizontalScroll(page);
  await page.getByRole('button', { name: 'Sluta påminna' }).click();
  await expect(page).toHaveURL(/\/reminders\?removed=1$/);
  await expect(page.getByRole('status').first()).toContainText('Enheten får inga fler påminnelser.');
  await expect(page.locator('main')).toContainText('Ingen enhet får påminnelser än.');
});
