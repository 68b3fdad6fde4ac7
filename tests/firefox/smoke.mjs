// Firefox smoke test of the Safe to Share extension: Debian's firefox-esr driven by puppeteer-core
// over WebDriver BiDi, the unpacked extension installed with browser.installExtension().
// Run from pytest (tests/firefox/test_firefox.py), which passes:
//   SERVER_URL   base URL of a running Safe to Share server
//   FIXTURE_URL  base URL serving tests/extension/fixtures
//   ARTIFACTS    folder for screenshots
// and optionally FIREFOX (default /usr/bin/firefox-esr). Prints one JSON line per step; exit 0 = pass.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GECKO_ID, TIMEOUT, assert, findPage, launch, waitInPanel } from './lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const SERVER_URL = process.env.SERVER_URL;
const FIXTURE_URL = process.env.FIXTURE_URL;
const ARTIFACTS = process.env.ARTIFACTS || path.resolve(here, '..', '..', 'test-artifacts', 'firefox');
const RISKY = 'Donation day! My sister Emma drove me from Seattle to Fred Hutch 🧡 #BeTheMatch';

if (!SERVER_URL || !FIXTURE_URL) {
  console.error('SERVER_URL and FIXTURE_URL are required');
  process.exit(2);
}
fs.mkdirSync(ARTIFACTS, { recursive: true });

function step(name, data) {
  console.log(JSON.stringify({ step: name, ...data }));
}

const { browser, id } = await launch();
let failed = false;
try {
  step('installed', { id });
  assert(id === GECKO_ID, `extension id ${id}`);

  // Point the extension at the test server the way a person would: the panel's Settings button
  // opens the options page (WebDriver BiDi may not navigate to moz-extension:// itself).
  const page = await browser.newPage();
  page.setDefaultTimeout(TIMEOUT);
  await page.goto(`${FIXTURE_URL}/textarea.html`);
  await page.click('#compose');
  await page.keyboard.type(RISKY);
  // The default address has no server in this test (or another one): wait for the check to end.
  await waitInPanel(page, '[data-testid=sts-status]:is([data-state=error], [data-state=ok])');
  step('panel', { status: await page.$eval('safe-to-share-ui >>> [data-testid=sts-status]', (el) => el.textContent) });
  await page.click('safe-to-share-ui >>> button[data-action=settings]');
  // The options tab's URL is not reported over BiDi (it shows as about:blank): ask each page.
  const options = await findPage(browser, (href) => href.startsWith('moz-extension://') && href.endsWith('/options/options.html'));
  options.setDefaultTimeout(TIMEOUT);
  await options.waitForSelector('#server-url');
  await options.$eval('#server-url', (el) => { el.value = ''; });
  await options.type('#server-url', SERVER_URL);
  await options.click('#server-save');
  await options.waitForSelector('#server-status[data-state=connected]');
  step('options', { status: await options.$eval('#server-status', (el) => el.textContent) });
  await options.screenshot({ path: path.join(ARTIFACTS, 'firefox-options.png') });
  await options.close();
  await page.bringToFront();

  // A risky draft in a textarea: highlights, panel, a suggestion applied, the Post guard.
  // The draft is checked again against the server now configured.
  const emma = await waitInPanel(page, 'li.finding[data-finding*="Emma"]');
  assert(emma, 'Emma finding shown');
  const found = await page.$$eval('safe-to-share-ui >>> li.finding', (ls) => ls.map((l) => l.dataset.finding));
  step('findings', { found });
  for (const w of ['Emma', 'Seattle', 'Fred Hutch', '#BeTheMatch']) assert(found.some((f) => f.includes(w)), `finding ${w}`);
  const panelName = await page.$eval('safe-to-share-ui >>> [data-testid=sts-panel]', (p) => `${p.getAttribute('role')}: ${p.getAttribute('aria-label')}`);
  assert(/Safe to Share/.test(panelName), 'panel accessible name');
  const boxes = await page.$$eval('safe-to-share-ui >>> .box.block', (bs) => bs.length);
  assert(boxes >= 4, `highlight boxes ${boxes}`);
  await page.screenshot({ path: path.join(ARTIFACTS, 'firefox-panel.png') });

  await page.click('safe-to-share-ui >>> li.finding[data-finding*="Seattle"] button[data-replacement="my city"]');
  await page.waitForFunction(
    (t) => document.getElementById('compose').value === t,
    { timeout: TIMEOUT },
    RISKY.replace('Seattle', 'my city'),
  );
  step('applied', { value: await page.$eval('#compose', (el) => el.value) });

  await waitInPanel(page, 'li.finding[data-finding*="Seattle"]', { hidden: true });
  await page.click('#post');
  await waitInPanel(page, '[data-testid=sts-guard][data-state=holding]');
  const posted = await page.evaluate(() => window.posted.length);
  assert(posted === 0, 'post held back');
  await page.screenshot({ path: path.join(ARTIFACTS, 'firefox-guard.png') });
  await page.click('safe-to-share-ui >>> [data-testid=sts-guard] button[data-action=post-anyway]');
  await page.waitForFunction(() => window.posted.length === 1, { timeout: TIMEOUT });
  step('guard', { held: true, postedAfterPostAnyway: await page.evaluate(() => window.posted[0]) });
} catch (e) {
  failed = true;
  console.error(e && e.stack || e);
} finally {
  await browser.close();
}
step('done', { ok: !failed });
process.exit(failed ? 1 : 0);
