import { test, expect, Page, TestInfo } from '@playwright/test';
import { DEMO, goto, signIn } from './helpers';

/** Every input on the page is a touch target (≥ 44 px tall) with the body text's size. */
async function inputsAreTouchSized(page: Page, info: TestInfo, path: string) {
  await goto(page, info, path);
  const inputs = page.locator('main input:not([type=hidden]):not([type=radio]):not([type=checkbox]), main select, main textarea');
  const count = await inputs.count();
  expect(count, `inputs on ${path}`).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const input = inputs.nth(i);
    const box = await input.boundingBox();
    const font = await input.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const body = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    const what = `${path} ${await input.getAttribute('name')}`;
    expect(box!.height, what).toBeGreaterThanOrEqual(44);
    expect(font, what).toBeGreaterThanOrEqual(body);
  }
}

test('number, date and time inputs are as tall and as legible as text fields', async ({ page }, info) => {
  await signIn(page, info, DEMO.participant.login, DEMO.participant.password);
  await expect(page).toHaveURL(/\/home$/);
  for (const path of ['/goals/new', '/languages/sfi', '/share/goals', '/share/cv']) {
    await inputsAreTouchSized(page, info, path);
  }
  await page.context().clearCookies();
  await signIn(page, info, DEMO.coach.login, DEMO.coach.password);
  await expect(page).toHaveURL(/\/coach$/);
  for (const path of ['/coach/hours', '/coach/new-group']) {
    await inputsAreTouchSized(page, info, path);
  }
});
