import { test, expect, Page, TestInfo } from '@playwright/test';
import { DEMO, expectNoAxeViolations, expectNoHorizontalScroll, goto, signIn } from './helpers';

/** Every input on the page is a touch target (≥ 44 px tall) with the body text's size. */
async function inputsAreTouchSized(page: Page, info: TestInfo, path: string) {
  await goto(page, info, path);
  const inputs = page.locator('main input:not([type=hidden]):not([type=radio]):not([type=checkbox]), main select, main textarea');
  const count = await inputs.count();
  expect(count, `inputs on ${path}`).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const input = inputs.nth(i);
    // A folded-away field (another time the same day) is measured once it is opened.
    if (!(await input.isVisible())) continue;
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

/** No table cell on the page breaks a word: each cell is at least as wide as its longest word. */
async function tablesKeepWordsWhole(page: Page, what: string) {
  const broken = await page.evaluate(() => {
    const problems: string[] = [];
    for (const cell of Array.from(document.querySelectorAll('main th, main td, main caption'))) {
      const words = (cell as HTMLElement).innerText.split(/\s+/).filter((w) => w.length > 0);
      for (const word of words) {
        const probe = document.createElement('span');
        probe.style.whiteSpace = 'nowrap';
        probe.textContent = word;
        cell.appendChild(probe);
        const wide = probe.getBoundingClientRect().width;
        const lines = probe.getClientRects().length;
        probe.remove();
        const style = getComputedStyle(cell);
        const room = cell.clientWidth - parseFloat(style.paddingInlineStart || '0') - parseFloat(style.paddingInlineEnd || '0');
        if (lines > 1 || wide > room + 1) problems.push(`${word} (${Math.round(wide)} > ${Math.round(room)})`);
      }
    }
    return problems;
  });
  expect(broken, what).toEqual([]);
}

test('tables keep their words whole on a 320 px phone, in Swedish and Arabic', async ({ page }, info) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await signIn(page, info, DEMO.participant.login, DEMO.participant.password);
  await expect(page).toHaveURL(/\/home$/);
  await goto(page, info, '/goals/new');
  await page.getByLabel('Vad vill du kunna?').fill(`Läsa skyltar ${info.project.name}`);
  await page.getByLabel(/Hur många gånger/).fill('2');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page).toHaveURL(/\/goals\/\d+\?created=1$/);
  await tablesKeepWordsWhole(page, 'goal page, sv');
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await tablesKeepWordsWhole(page, 'goal page, ar');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('Min väg says what is going on now, with pictures and the language switch at the top', async ({ page }, info) => {
  await signIn(page, info, DEMO.participant.login, DEMO.participant.password);
  await expect(page).toHaveURL(/\/home$/);
  const now = page.locator('section.now');
  await expect(now.getByRole('heading', { level: 2 })).toHaveText('Just nu');
  // Above the cards, and each card's title has a picture beside its words.
  const nowBox = await now.boundingBox();
  const cardsBox = await page.locator('ul.cards').boundingBox();
  expect(nowBox!.y).toBeLessThan(cardsBox!.y);
  await expect(page.locator('.card-title svg.icon')).toHaveCount(9);
  await expect(page.locator('.card-title svg.icon').first()).toHaveAttribute('aria-hidden', 'true');
  // The language switch is on the first screen, above the page's heading.
  const arabic = page.getByRole('button', { name: 'العربية' });
  const switchBox = await arabic.boundingBox();
  const headingBox = await page.getByRole('heading', { level: 1 }).boundingBox();
  expect(switchBox!.y).toBeLessThan(headingBox!.y);
  expect(switchBox!.height).toBeGreaterThanOrEqual(44);
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page, info);
  await arabic.click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('section.now h2')).toHaveText('الآن');
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page, info);
});
