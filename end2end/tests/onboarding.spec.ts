import { test, expect } from '@playwright/test';
import { coachInvites, DEMO, expectNoAxeViolations, expectNoHorizontalScroll, goto, newParticipant, ready, signIn, unique } from './helpers';

const TEXT = {
  sv: { dir: 'ltr', endonym: 'Svenska', accept: 'Skapa ditt konto', home: 'Min väg', signOut: 'Logga ut', signIn: 'Logga in' },
  en: { dir: 'ltr', endonym: 'English', accept: 'Create your account', home: 'My path', signOut: 'Sign out', signIn: 'Sign in' },
  ar: { dir: 'rtl', endonym: 'العربية', accept: 'أنشئ حسابك', home: 'طريقي', signOut: 'تسجيل الخروج', signIn: 'تسجيل الدخول' },
} as const;

for (const lang of ['sv', 'en', 'ar'] as const) {
  test(`invitation → password → sign in → home, in ${lang}`, async ({ browser, page }, info) => {
    const t = TEXT[lang];
    const name = `Deltagare ${unique('', info)}`;
    const { code, link } = await coachInvites(browser, info, name);

    // Swedish goes by code, typed loosely; the others open the link.
    if (lang === 'sv') {
      await goto(page, info, '/invite');
      await page.locator('#code').fill(code.toLowerCase().replace('-', ' '));
      await page.getByRole('button', { name: 'Fortsätt' }).click();
    } else {
      await goto(page, info, link);
      await page.getByRole('button', { name: t.endonym }).click();
    }
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('html')).toHaveAttribute('dir', t.dir);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.accept);
    await expect(page.getByText(name)).toBeVisible();
    await ready(page, info);
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page, info);

    const login = unique('p', info);
    const password = 'tre gröna äpplen i korgen';
    await page.locator('#login').fill(login);
    await page.locator('#password').fill(password);
    await page.locator('form.form button[type=submit]').click();
    await expect(page).toHaveURL(/\/home$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.home);
    await expect(page.locator('html')).toHaveAttribute('dir', t.dir);
    await ready(page, info);
    await expectNoAxeViolations(page, info);

    await page.getByRole('button', { name: t.signOut }).click();
    await expect(page).toHaveURL(/\/sign-in\?signed-out$/);
    // Signing out says it happened.
    await expect(page.getByRole('status')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.signIn);

    await signIn(page, info, login, password);
    await expect(page).toHaveURL(/\/home$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.home);
  });
}

test('the participant home is plain HTML and CSS: no script but the service worker’s registration, no WebAssembly', async ({ page }, info) => {
  await signIn(page, info, DEMO.participant.login, DEMO.participant.password);
  await expect(page).toHaveURL(/\/home$/);
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(r.url()));
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Min väg');
  const scripts = fetched.filter((u) => /\.(js|wasm)(\?|$)/.test(u)).map((u) => new URL(u).pathname);
  expect(scripts.filter((p) => p !== '/register-sw.js' && p !== '/sw.js')).toEqual([]);
  expect(fetched.some((u) => u.endsWith('.css'))).toBe(true);
});

test('only the CV editor loads WebAssembly, and it comes alive there', async ({ browser, page }, info) => {
  test.skip(info.project.name === 'no-js', 'needs JavaScript');
  for (const path of ['/sign-in', '/invite/some-token-000000000000000000']) {
    await page.goto(path);
    await expect(page.locator('script[type=module]')).toHaveCount(0);
  }
  await newParticipant(browser, page, info);
  await page.goto('/cv');
  await page.getByRole('button', { name: 'Börja skriva ditt CV' }).click();
  await expect(page).toHaveURL(/\/cv\/\d+$/);
  await page.goto(`${new URL(page.url()).pathname}/contact`);
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', '', { timeout: 15_000 });
});

test('a wrong password is explained, linked to the field, and the login is kept', async ({ page }, info) => {
  await signIn(page, info, 'deltagare', 'inte rätt lösenord');
  const summary = page.locator('.error-summary');
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Fel: Logga in/);
  await expect(summary.getByRole('link')).toHaveAttribute('href', '#login');
  await expect(page.locator('#login')).toHaveValue('deltagare');
  await expect(page.locator('#login')).toHaveAttribute('aria-invalid', 'true');
  if (info.project.name === 'no-js') {
    // The server never sends a password back.
    await expect(page.locator('#password')).toHaveValue('');
  }
  await expectNoAxeViolations(page, info);
});

test('a used or unknown invitation says what to do', async ({ page }, info) => {
  await goto(page, info, '/invite/not-a-real-token-at-all-000000');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inbjudan fungerar inte');
  await expect(page.getByText('Be din coach om en ny inbjudan.')).toBeVisible();
  // A used link is how many people come back: it shows the way to sign in and the way to a
  // password code.
  await expect(page.getByRole('heading', { name: 'Har du redan skapat ditt konto?' })).toBeVisible();
  await expect(page.getByText('Har du glömt ditt lösenord eller användarnamn? Be din coach om en kod.')).toBeVisible();
  await expectNoAxeViolations(page, info);
  await page.getByRole('link', { name: 'Logga in' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
});

test('pages fit a 320 px screen', async ({ page }, info) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/sign-in', '/invite', '/accessibility']) {
    await goto(page, info, path);
    await expectNoHorizontalScroll(page);
  }
});

test('a mistyped code is explained on the form and kept; the right one then works', async ({ browser, page }, info) => {
  const name = `Deltagare ${unique('', info)}`;
  const { code } = await coachInvites(browser, info, name);
  await goto(page, info, '/invite');
  const wrong = code.slice(0, -1) + (code.endsWith('X') ? 'Y' : 'X');
  await page.locator('#code').fill(wrong);
  await page.getByRole('button', { name: 'Fortsätt' }).click();
  const summary = page.locator('.error-summary');
  await expect(summary).toBeVisible();
  await expect(summary.getByRole('link')).toHaveAttribute('href', '#code');
  await expect(summary).toContainText('Kontrollera att du har skrivit den rätt');
  await expect(page.locator('#code')).toHaveValue(wrong);
  await expect(page).toHaveTitle(/^Fel: /);
  await expectNoAxeViolations(page, info);
  await page.locator('#code').fill(code);
  await page.getByRole('button', { name: 'Fortsätt' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Skapa ditt konto');
  await expect(page.getByText(name)).toBeVisible();
});

test('every page is titled in the language the person chose', async ({ page }, info) => {
  await signIn(page, info, DEMO.participant.login, DEMO.participant.password);
  await expect(page).toHaveURL(/\/home$/);
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  for (let i = 0; i < 10; i++) {
    await page.goto('/home');
    await expect(page).toHaveTitle('طريقي – Vägval');
  }
  for (const path of ['/cv', '/cv/import', '/accessibility']) {
    await goto(page, info, path);
    const h1 = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
    await expect(page).toHaveTitle(`${h1} – Vägval`);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  }
});
