import { test, expect, Page, TestInfo } from '@playwright/test';
import * as fs from 'fs';
import { expectNoAxeViolations, expectNoHorizontalScroll, goto, newParticipant, ready } from './helpers';

/** Starts a CV for a new participant and returns the overview's path. */
async function startCv(browser: import('@playwright/test').Browser, page: Page, info: TestInfo) {
  await newParticipant(browser, page, info);
  await goto(page, info, '/cv');
  await page.getByRole('button', { name: 'Börja skriva ditt CV' }).click();
  await expect(page).toHaveURL(/\/cv\/\d+$/);
  return new URL(page.url()).pathname;
}

async function openSection(page: Page, info: TestInfo, name: string) {
  await page.getByRole('link', { name: new RegExp(`^(Ändra|Lägg till)\\s*: ${name}$`) }).click();
  await ready(page, info);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

async function addEntry(page: Page, info: TestInfo, add: string, fields: Record<string, string>) {
  await page.getByRole('link', { name: add }).click();
  await ready(page, info);
  for (const [label, value] of Object.entries(fields)) {
    await page.getByRole('textbox', { name: label, exact: true }).fill(value);
  }
  await expectNoAxeViolations(page, info);
  await page.getByRole('button', { name: 'Spara' }).click();
}

test('a participant builds a CV from empty to a PDF and a JSON Resume file', async ({ browser, page }, info) => {
  const overview = await startCv(browser, page, info);

  await openSection(page, info, 'Kontaktuppgifter');
  await page.getByLabel('Namn').fill('Åsa Öberg');
  await page.getByLabel('Telefon').fill('070-123 45 67');
  await page.getByLabel('Ort').fill('Växjö');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page).toHaveURL(overview);

  // Work: two jobs, then the older one moved below with the buttons.
  await openSection(page, info, 'Arbete');
  await expectNoAxeViolations(page, info);
  await addEntry(page, info, 'Lägg till ett arbete', {
    'Yrke eller roll': 'Städare',
    Arbetsgivare: 'Kommunen',
    Från: '2015',
    Till: '2018-06',
    'Dina arbetsuppgifter': 'Städade skolor\nBeställde material',
  });
  await expect(page).toHaveURL(/\/work$/);
  await addEntry(page, info, 'Lägg till ett arbete', { 'Yrke eller roll': 'Lagerarbetare', Från: 'våren 2019' });
  // Refused: the date is explained at the field and what was typed is kept.
  await expect(page.locator('.error-summary')).toBeVisible();
  await expect(page.locator('.error-summary').getByRole('link')).toHaveAttribute('href', '#start');
  await expect(page.getByLabel('Yrke eller roll', { exact: true })).toHaveValue('Lagerarbetare');
  await expect(page.getByLabel('Från', { exact: true })).toHaveValue('våren 2019');
  await expectNoAxeViolations(page, info);
  await page.getByLabel('Från', { exact: true }).fill('2019-03');
  await page.getByLabel('Pågår fortfarande').check();
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page).toHaveURL(/\/work$/);
  // Newest first, each with its period; the buttons still move entries anywhere.
  await expect(page.locator('.entry h2')).toHaveText(['Lagerarbetare', 'Städare']);
  // (The dates carry invisible direction marks, so they read the same in Arabic.)
  await expect(page.locator('.entry .when').first()).toHaveText(/^\u2066?2019-03\u2069? – pågående$/);
  await page.getByRole('button', { name: /^Flytta ner\s*: Lagerarbetare$/ }).click();
  await expect(page.locator('.entry h2')).toHaveText(['Städare', 'Lagerarbetare']);
  await page.getByRole('button', { name: /^Flytta upp\s*: Lagerarbetare$/ }).click();
  await expect(page).toHaveURL(/\/work(#entry-\d+)?$/);
  await expect(page.locator('.entry h2')).toHaveText(['Lagerarbetare', 'Städare']);
  await expectNoAxeViolations(page, info);
  await expectNoHorizontalScroll(page);
  await goto(page, info, overview);

  await openSection(page, info, 'Utbildning');
  await addEntry(page, info, 'Lägg till en utbildning', { Skola: 'Komvux Växjö', Nivå: 'SFI D', Från: '2019', Till: '2020' });
  await goto(page, info, overview);

  await openSection(page, info, 'Språk');
  await addEntry(page, info, 'Lägg till ett språk', { Språk: 'Arabiska', 'Hur bra': 'أتحدث العربية بطلاقة' });
  await goto(page, info, overview);

  await openSection(page, info, 'Körkort');
  await expectNoAxeViolations(page, info);
  await page.getByLabel('B – personbil', { exact: true }).check();
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page).toHaveURL(overview);

  await openSection(page, info, 'Referenser');
  await page.getByLabel('Referenser lämnas på begäran').check();
  await page.getByRole('button', { name: 'Spara' }).click();
  await goto(page, info, overview);
  await expect(page.getByText('5 av de 7 delar som ett CV behöver är ifyllda', { exact: false })).toBeVisible();
  await expectNoAxeViolations(page, info);

  // The preview says what the PDF will say.
  await page.getByRole('link', { name: 'Förhandsgranska' }).click();
  const sheet = page.locator('.cv-sheet');
  await expect(sheet.getByRole('heading', { name: 'Åsa Öberg' })).toBeVisible();
  await expect(sheet).toContainText('Arbetslivserfarenhet');
  await expect(sheet).toContainText('2019-03 – pågående');
  await expect(sheet).toContainText('أتحدث العربية بطلاقة');
  await expect(sheet).toContainText('Referenser lämnas på begäran');
  await expectNoAxeViolations(page, info);
  await expectNoHorizontalScroll(page);

  const pdfDownload = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Ladda ner PDF' }).click();
  const pdf = await pdfDownload;
  expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
  const pdfBytes = fs.readFileSync((await pdf.path())!);
  expect(pdfBytes.subarray(0, 5).toString()).toBe('%PDF-');

  await goto(page, info, overview);
  const jsonDownload = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Ladda ner som fil till andra jobbsajter' }).click();
  const json = await jsonDownload;
  const resume = JSON.parse(fs.readFileSync((await json.path())!, 'utf8'));
  expect(resume.basics.name).toBe('Åsa Öberg');
  expect(resume.work.map((w: { position: string }) => w.position)).toEqual(['Lagerarbetare', 'Städare']);

  // The file comes back in as a new CV, with a report of what did not fit.
  resume.basics.profiles = [{ network: 'LinkedIn', username: 'asa' }];
  const file = info.outputPath('resume.json');
  fs.writeFileSync(file, JSON.stringify(resume));
  await goto(page, info, '/cv/import');
  await expectNoAxeViolations(page, info);
  await page.getByLabel('Fil', { exact: true }).setInputFiles(file);
  await page.getByRole('button', { name: 'Hämta in' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('CV:t är inhämtat');
  await expect(page.locator('.skipped')).toContainText('basics.profiles');
  await expectNoAxeViolations(page, info);
  await page.getByRole('link', { name: 'Öppna CV:t' }).click();
  await expect(page.getByText('5 av de 7 delar som ett CV behöver är ifyllda', { exact: false })).toBeVisible();
});

test('a file that is not a JSON Resume is refused and changes nothing', async ({ browser, page }, info) => {
  await newParticipant(browser, page, info);
  const file = info.outputPath('not-a-resume.json');
  fs.writeFileSync(file, 'this is not json');
  await goto(page, info, '/cv/import');
  await page.getByLabel('Fil', { exact: true }).setInputFiles(file);
  await page.getByRole('button', { name: 'Hämta in' }).click();
  await expect(page.locator('.error-summary')).toContainText('Filen är inte ett CV i formatet JSON Resume');
  await expect(page.locator('#file-error')).toBeVisible();
  await expectNoAxeViolations(page, info);
  await goto(page, info, '/cv');
  await expect(page.getByRole('button', { name: 'Börja skriva ditt CV' })).toBeVisible();
});

test('versions: copy, name, choose the CV language, make main', async ({ browser, page }, info) => {
  const overview = await startCv(browser, page, info);
  await page.getByRole('link', { name: 'Namn och språk' }).click();
  await page.getByLabel('CV:ts namn').fill('Lager');
  await page.getByLabel('English').check();
  await expectNoAxeViolations(page, info);
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page).toHaveURL(overview);
  await page.getByRole('button', { name: 'Gör en kopia' }).click();
  await expect(page).toHaveURL(/\/settings\?copied$/);
  await expect(page.getByRole('status')).toContainText('Kopian är gjord');
  await expect(page.getByLabel('CV:ts namn')).toHaveValue('Lager 2');
  await page.getByLabel('CV:ts namn').fill('Kök');
  await page.getByRole('button', { name: 'Spara' }).click();
  await page.getByRole('button', { name: 'Visa det här CV:t först' }).click();
  await expect(page).toHaveURL(/\/cv$/);
  await expect(page.locator('.card').first()).toContainText('Kök');
  await expect(page.locator('.card').first()).toContainText('Visas först');
  await expect(page.locator('.card')).toHaveCount(2);

  // English headings on the CV itself, whatever the interface language.
  await page.getByRole('link', { name: 'Kök' }).click();
  await page.getByRole('link', { name: 'Förhandsgranska' }).click();
  await expect(page.locator('.cv-sheet')).toHaveAttribute('lang', 'en');
});

test('autosave keeps what is typed without pressing Save', async ({ browser, page }, info) => {
  test.skip(info.project.name === 'no-js', 'autosave is what JavaScript adds');
  const overview = await startCv(browser, page, info);
  await goto(page, info, `${overview}/profile`);
  const status = page.getByRole('status');
  await page.getByLabel('Några meningar om dig').fill('Jag är noggrann. أنا دقيق.');
  await expect(status).toHaveText('Sparat', { timeout: 10_000 });
  await goto(page, info, `${overview}/work/new`);
  await page.getByLabel('Yrke eller roll', { exact: true }).fill('Bagare');
  await expect(page.getByRole('status')).toHaveText('Sparat', { timeout: 10_000 });
  await page.getByLabel('Arbetsgivare').fill('Bageriet');
  await expect(page.getByRole('status')).toHaveText('Sparat', { timeout: 10_000 });

  // Typing and leaving at once: the edit goes out as the page closes.
  await goto(page, info, `${overview}/contact`);
  await page.getByLabel('Ort').fill('Borås');
  await goto(page, info, overview);
  await expect.poll(async () => {
    await goto(page, info, `${overview}/contact`);
    return page.getByLabel('Ort').inputValue();
  }).toBe('Borås');

  await goto(page, info, `${overview}/profile`);
  await expect(page.getByLabel('Några meningar om dig')).toHaveValue('Jag är noggrann. أنا دقيق.');
  await goto(page, info, `${overview}/work`);
  // One entry, not one per save.
  await expect(page.locator('.entry h2')).toHaveText(['Bagare']);
  await expect(page.locator('.entry')).toContainText('Bageriet');
});

test('text autosave could not save is never dropped silently, and old errors go once it saves', async ({ browser, page }, info) => {
  test.skip(info.project.name === 'no-js', 'autosave is what JavaScript adds');
  const overview = await startCv(browser, page, info);
  await goto(page, info, `${overview}/contact`);
  const status = page.getByRole('status');
  await page.getByLabel('Namn').fill('Yusuf Ali');
  await page.getByLabel('Telefon').fill('070-765 43 21');
  await page.getByLabel('E-post').fill('yusuf(at)mail');
  await expect(status).toHaveText(/^Inte sparat än\. Tryck på Spara så ser du vad som behöver rättas\.$/, { timeout: 10_000 });

  // Leaving now would lose it: the browser asks, and staying keeps everything.
  let asked = false;
  page.once('dialog', async (dialog) => {
    asked = dialog.type() === 'beforeunload';
    await dialog.dismiss();
  });
  await page.locator('a.back').first().click();
  await expect.poll(() => asked).toBe(true);
  await expect(page).toHaveURL(/\/contact$/);
  await expect(page.getByLabel('Namn')).toHaveValue('Yusuf Ali');

  // Save shows what is wrong; once autosave gets it saved, the old error goes away.
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.locator('.error-summary')).toBeVisible();
  await ready(page, info);
  await page.getByLabel('E-post').fill('yusuf@mail.se');
  await expect(page.getByRole('status')).toHaveText('Sparat', { timeout: 10_000 });
  await expect(page.locator('.error-summary')).toHaveCount(0);
  await expect(page.locator('[aria-invalid]')).toHaveCount(0);
  await expect(page).not.toHaveTitle(/^Fel: /);
  await goto(page, info, overview);
  await goto(page, info, `${overview}/contact`);
  await expect(page.getByLabel('Namn')).toHaveValue('Yusuf Ali');
  await expect(page.getByLabel('E-post')).toHaveValue('yusuf@mail.se');
});

test('text typed with the network gone stays on the phone and is saved when it is back', async ({ browser, page }, info) => {
  test.skip(info.project.name === 'no-js', 'autosave is what JavaScript adds');
  const overview = await startCv(browser, page, info);
  await goto(page, info, `${overview}/profile`);
  const about = 'Några meningar om dig';
  await page.context().setOffline(true);
  await page.getByLabel(about).fill('Skrivet på bussen.');
  await expect(page.getByRole('status')).toHaveText(/^Inte sparat – du är offline\./, { timeout: 10_000 });
  // The network comes back: it is sent by itself.
  await page.context().setOffline(false);
  await expect(page.getByRole('status')).toHaveText('Sparat', { timeout: 10_000 });
  await goto(page, info, overview);
  await goto(page, info, `${overview}/profile`);
  await expect(page.getByLabel(about)).toHaveValue('Skrivet på bussen.');

  // Offline again, and the page is closed before the network returns: the phone kept the
  // text, and the page puts it back and saves it when it is opened again.
  await page.context().setOffline(true);
  await page.getByLabel(about).fill('Skrivet i tunneln.');
  await expect(page.getByRole('status')).toHaveText(/^Inte sparat – du är offline\./, { timeout: 10_000 });
  const again = await page.context().newPage();
  await page.close();
  await again.context().setOffline(false);
  await goto(again, info, `${overview}/profile`);
  await expect(again.getByLabel(about)).toHaveValue('Skrivet i tunneln.');
  await expect(again.getByRole('status')).toHaveText('Sparat', { timeout: 10_000 });
  await goto(again, info, overview);
  await goto(again, info, `${overview}/profile`);
  await expect(again.getByLabel(about)).toHaveValue('Skrivet i tunneln.');
  await expectNoAxeViolations(again, info);
});

test('the same text edited in two tabs is never overwritten silently', async ({ browser, page }, info) => {
  const overview = await startCv(browser, page, info);
  const other = await page.context().newPage();
  await goto(page, info, `${overview}/profile`);
  await goto(other, info, `${overview}/profile`);
  const field = (p: Page) => p.getByLabel('Några meningar om dig');

  await field(page).fill('Jag gillar att laga mat.');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page).toHaveURL(overview);

  // The other tab never saw that text: its save is refused, and what it typed stays.
  await field(other).fill('Jag är bra på att organisera.');
  await other.getByRole('button', { name: 'Spara' }).click();
  await expect(other.locator('.error-summary')).toContainText('ändrades i en annan flik');
  await expect(field(other)).toHaveValue('Jag är bra på att organisera.');
  await ready(other, info);
  await expectNoAxeViolations(other, info);

  // Saving again, knowing, keeps it.
  await other.getByRole('button', { name: 'Spara' }).click();
  await expect(other).toHaveURL(overview);
  await goto(page, info, `${overview}/profile`);
  await expect(field(page)).toHaveValue('Jag är bra på att organisera.');
});

test('CV screens in Arabic read right to left and pass axe', async ({ browser, page }, info) => {
  const overview = await startCv(browser, page, info);
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('سيرتك الذاتية');
  for (const path of ['', '/contact', '/profile', '/work', '/work/new', '/education', '/skills', '/languages',
    '/licences', '/certificates', '/volunteering', '/references', '/custom', '/custom/new', '/settings',
    '/preview', '/delete']) {
    await goto(page, info, `${overview}${path}`);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page, info);
    await expectNoHorizontalScroll(page);
  }
  await goto(page, info, '/cv/import');
  await expectNoAxeViolations(page, info);

  // The date hint's example reads as it must be typed: "2019" left of "03", and the back
  // link's arrow points the way back (right) without being part of its name.
  await goto(page, info, `${overview}/work/new`);
  const order = await page.locator('#start-hint').evaluate((hint) => {
    const node = hint.firstChild as Text;
    const at = node.data.indexOf('2019-03');
    const box = (from: number, to: number) => {
      const range = document.createRange();
      range.setStart(node, from);
      range.setEnd(node, to);
      return range.getBoundingClientRect().left;
    };
    return { year: box(at, at + 4), month: box(at + 5, at + 7) };
  });
  expect(order.year).toBeLessThan(order.month);
  const back = page.locator('a.back').first();
  await expect(back).toHaveAccessibleName('العودة إلى العمل');
  // "‹" is mirrored in right-to-left text, so it shows pointing right; a "›" would point left.
  expect(await back.evaluate((a) => getComputedStyle(a, '::before').content)).toContain('‹');
});
