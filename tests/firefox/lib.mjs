// Shared by the Firefox runners: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi,
// the unpacked extension installed with browser.installExtension().
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const EXTENSION_DIR = path.resolve(here, '..', '..', 'extension');
const manifest = JSON.parse(fs.readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
export const GECKO_ID = manifest.browser_specific_settings.gecko.id;
export const FIREFOX = process.env.FIREFOX || '/usr/bin/firefox-esr';
export const TIMEOUT = 30000;

export function assert(cond, message) {
  if (!cond) throw new Error('assertion failed: ' + message);
}

/** Firefox with the extension installed: {browser, id}. */
export async function launch() {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX,
    headless: true,
  });
  const id = await browser.installExtension(EXTENSION_DIR);
  return { browser, id };
}

// Puppeteer's waitForSelector re-queries on document mutations, which do not include changes
// inside the extension's shadow root: poll for those instead.
export function waitInPanel(page, selector, { hidden = false } = {}) {
  return page.waitForFunction((sel, wantHidden) => {
    const host = document.querySelector('safe-to-share-ui');
    const el = host && host.shadowRoot && host.shadowRoot.querySelector(sel);
    return wantHidden ? !el : el;
  }, { polling: 100, timeout: TIMEOUT }, selector, hidden);
}

/** Waits until `fn(...args)` is true in the page (polled: some changes are in shadow trees). */
export function waitTrue(page, fn, ...args) {
  return page.waitForFunction(fn, { polling: 100, timeout: TIMEOUT }, ...args);
}

export async function findPage(browser, test) {
  const deadline = Date.now() + TIMEOUT;
  while (Date.now() < deadline) {
    for (const p of await browser.pages()) {
      const href = await p.evaluate(() => location.href).catch(() => '');
      if (test(href)) return p;
    }
    await new Promise((r) => setTimeout(r, 100)); // poll interval, not a synchronisation sleep
  }
  throw new Error('page not found');
}

/** Points the extension at `serverUrl` the way a person would: the panel's Settings button opens
 * the options page (WebDriver BiDi may not navigate to moz-extension:// itself). */
export async function setServer(browser, fixtureUrl, serverUrl, draft, expectState) {
  const page = await browser.newPage();
  page.setDefaultTimeout(TIMEOUT);
  await page.goto(`${fixtureUrl}/textarea.html`);
  await page.click('#compose');
  await page.keyboard.type(draft);
  // Whatever the current address answers, the panel (or, if it was said already, the pill) shows.
  await waitTrue(page, () => {
    const root = document.querySelector('safe-to-share-ui')?.shadowRoot;
    const panel = root && root.querySelector('[data-testid=sts-panel]');
    const pill = root && root.querySelector('[data-testid=sts-pill]');
    return (panel && !panel.hidden && panel.querySelector('[data-testid=sts-status]:not([data-state=checking])')) || (pill && !pill.hidden);
  });
  if (await page.$eval('safe-to-share-ui >>> [data-testid=sts-panel]', (p) => p.hidden)) {
    await page.click('safe-to-share-ui >>> [data-testid=sts-pill]');
  }
  await page.click('safe-to-share-ui >>> button[data-action=settings]');
  // The options tab's URL is not reported over BiDi (it shows as about:blank): ask each page.
  const options = await findPage(browser, (href) => href.startsWith('moz-extension://') && href.endsWith('/options/options.html'));
  options.setDefaultTimeout(TIMEOUT);
  await options.waitForSelector('#server-url');
  await options.$eval('#server-url', (el) => { el.value = ''; });
  await options.type('#server-url', serverUrl);
  await options.click('#server-save');
  await options.waitForSelector('#server-url-msg.ok');
  await options.waitForSelector(`#server-status[data-state=${expectState}]`);
  const status = await options.$eval('#server-status', (el) => el.textContent);
  await options.close();
  await page.close();
  return status;
}
