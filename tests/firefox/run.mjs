// The extension's scenarios in Firefox ESR: every real editor (type a risky draft, see highlights
// and the panel, apply a fix, check the editor's own model, the guard holds Post), the shadow-DOM
// compose box, the Post guard, site searches and forms that are never held, the draft's language
// (a German draft said unchecked, a French one), and the first-run panel with no server. Firefox starts once; each scenario runs in its own tab.
// Run from pytest (tests/firefox/test_firefox_scenarios.py), which passes:
//   SERVER_URL   base URL of a running Safe to Share server
//   CLOSED_URL   a loopback URL where nothing listens (the first-run scenario)
//   FIXTURE_URL  base URL serving tests/extension/fixtures
//   ARTIFACTS    folder for screenshots
// and optionally FIREFOX. Arguments: scenario names to run (default: all), or --list.
// Prints one JSON line per scenario: {scenario, ok, error?, ...what it saw}. Exit 0 = all passed.
import fs from 'node:fs';
import path from 'node:path';
import { GECKO_ID, TIMEOUT, assert, launch, setServer, waitInPanel, waitTrue } from './lib.mjs';

const { SERVER_URL, CLOSED_URL, FIXTURE_URL } = process.env;
const ARTIFACTS = process.env.ARTIFACTS || path.resolve('test-artifacts', 'firefox');
const RISKY = 'Donation day! My sister Emma drove me from Seattle to Fred Hutch 🧡 #BeTheMatch';
const EMOJI_FIRST = '🧡🇺🇸 Thank you! My sister Emma drove me from Seattle to Fred Hutch.';
const QUERY = 'mayo clinic parking rochester';
const GERMAN = 'Mein Spender hat mir das Leben gerettet. Liebe Grüße aus München, Anna';
const FRENCH = "Bonjour à tous, je voulais vous dire que la greffe s'est bien passée et que je vais beaucoup mieux.";
const GUARD = 'safe-to-share-ui >>> [data-testid=sts-guard]';
const finding = (text) => `li.finding[data-finding*="${text}"]`;

const shot = (page, name) => page.screenshot({ path: path.join(ARTIFACTS, `firefox-${name}.png`) });
const posted = (page) => page.evaluate(() => window.posted);

async function open(browser, fixture) {
  const page = await browser.newPage();
  page.setDefaultTimeout(TIMEOUT);
  await page.goto(`${FIXTURE_URL}/${fixture}`);
  return page;
}

async function flagged(page) {
  return page.$$eval('safe-to-share-ui >>> li.finding', (ls) => ls.map((l) => l.dataset.finding));
}

/** Clicks a finding's action; returns [the flagged words, the replacement used]. */
async function act(page, word, action, replacement) {
  let sel = `safe-to-share-ui >>> ${finding(word)} button[data-action=${action}]`;
  if (replacement !== undefined) sel += `[data-replacement="${replacement}"]`;
  const words = await page.$eval(`safe-to-share-ui >>> ${finding(word)}`, (li) => li.dataset.finding);
  const used = await page.$eval(sel, (b) => b.dataset.replacement);
  await page.click(sel);
  return [words, used];
}

/** The field's latest text has been checked (the status is no longer 'checking'). */
function settled(page) {
  return waitTrue(page, () => {
    const s = document.querySelector('safe-to-share-ui')?.shadowRoot?.querySelector('[data-testid=sts-status]');
    return s && s.dataset.state === 'ok';
  });
}

async function holdThenPostAnyway(page, expected) {
  await waitInPanel(page, '[data-testid=sts-guard][data-state=holding]');
  assert((await posted(page)).length === 0, 'post held back');
  await page.click(`${GUARD} button[data-action=post-anyway]`);
  await waitTrue(page, () => window.posted.length === 1);
  const got = (await posted(page))[0];
  assert(got === expected, `posted ${JSON.stringify(got)}`);
  return got;
}

// ---- real editors (tests/extension/fixtures/real.html?e=NAME) ----------------------------------
function editorScenario(name) {
  return async (browser) => {
    const page = await open(browser, `real.html?e=${name}`);
    await waitTrue(page, () => window.editorReady === true);
    await page.click('#mount [contenteditable=true]');
    await page.keyboard.type(EMOJI_FIRST);
    await waitTrue(page, (t) => window.editorModel() === t, EMOJI_FIRST);
    await waitInPanel(page, finding('Seattle'));
    const found = await flagged(page);
    for (const w of ['Emma', 'Seattle', 'Fred Hutch']) assert(found.some((f) => f.includes(w)), `finding ${w}`);
    const highlighted = await page.evaluate(() => CSS.highlights && CSS.highlights.has('safe-to-share-block')
      ? [...CSS.highlights.get('safe-to-share-block')].map((r) => r.toString()) : []);
    assert(highlighted.some((h) => h.includes('Seattle')), `highlights ${highlighted}`);
    await shot(page, `real-${name}`);

    let [words] = await act(page, 'Seattle', 'apply', 'my city');
    let expected = EMOJI_FIRST.replace(words, 'my city');
    await waitTrue(page, (t) => window.editorModel() === t, expected); // the editor's own model
    await waitInPanel(page, finding('Seattle'), { hidden: true });
    await settled(page);
    [words] = await act(page, 'Fred Hutch', 'remove');
    expected = expected.replace(' ' + words, '');
    await waitTrue(page, (t) => window.editorModel() === t, expected);
    // The next keystroke keeps the fix (Slate-style editors restore a stale model here).
    await page.click('#mount [contenteditable=true]');
    await page.keyboard.press('End');
    await page.keyboard.type('!');
    await waitTrue(page, (t) => window.editorModel() === t, expected + '!');
    await page.click('#post');
    const sent = await holdThenPostAnyway(page, expected + '!'); // the name is still there
    await page.close();
    return { found, highlighted, posted: sent };
  };
}

// ---- a web component's compose box: contenteditable and Post in one open shadow root ----------
async function shadow(browser) {
  const page = await open(browser, 'shadow.html');
  await page.click('x-composer >>> .editor');
  await page.keyboard.type(RISKY);
  await waitInPanel(page, finding('Seattle'));
  const found = await flagged(page);
  const boxes = await page.$$eval('safe-to-share-ui >>> .box.block', (bs) => bs.map((b) => b.dataset.text));
  assert(boxes.some((b) => b.includes('Seattle')) && boxes.some((b) => b.includes('Emma')), `boxes ${boxes}`);
  await shot(page, 'shadow-dom');
  const [words] = await act(page, 'Seattle', 'apply', 'my city');
  const expected = RISKY.replace(words, 'my city');
  await waitTrue(page, (t) => window.editorModel() === t, expected);
  await waitInPanel(page, finding('Seattle'), { hidden: true });
  await settled(page);
  await page.click('x-composer >>> button.post');
  const sent = await holdThenPostAnyway(page, expected);
  await page.close();
  return { found, boxes, posted: sent };
}

// ---- the Post guard --------------------------------------------------------------------------
async function guardTextarea(browser) {
  const page = await open(browser, 'textarea.html');
  await page.click('#compose');
  await page.keyboard.type(RISKY);
  await waitInPanel(page, finding('Emma'));
  await page.click('#post');
  await waitInPanel(page, '[data-testid=sts-guard][data-state=holding]');
  const listed = await page.$$eval(`${GUARD} li`, (ls) => ls.map((l) => l.dataset.finding));
  await shot(page, 'guard');
  await page.click(`${GUARD} button[data-action=review]`);
  await waitInPanel(page, '[data-testid=sts-guard]', { hidden: true });
  assert((await posted(page)).length === 0, 'not posted after Review');
  await page.focus('#post');
  await page.keyboard.press('Enter'); // a role=button activated from the keyboard
  const sent = await holdThenPostAnyway(page, RISKY);
  await page.close();
  return { listed, posted: sent };
}

async function guardFeed(browser) {
  const page = await open(browser, 'feed.html');
  await page.click('#compose');
  await page.keyboard.type(RISKY);
  await waitInPanel(page, finding('Emma'));
  // Other people's posts: their Share / Reply / comment Post are not this draft's.
  for (const id of ['#share-1', '#reply-1', '#share-2', '#comment-3-send']) await page.click(id);
  await waitTrue(page, () => window.feedActions.length === 4);
  const feedActions = await page.evaluate(() => window.feedActions);
  assert(JSON.stringify(feedActions) === JSON.stringify(['share-1', 'reply-1', 'share-2', 'comment-3']), `feed ${feedActions}`);
  assert(!(await page.$(GUARD)), 'no guard for the feed');
  await page.click('#post');
  const sent = await holdThenPostAnyway(page, RISKY);
  await page.close();
  return { feedActions, posted: sent };
}

async function guardCtrlEnter(browser) {
  const page = await open(browser, 'lexical-like.html');
  await page.click('#editor');
  await page.keyboard.type(RISKY);
  await waitInPanel(page, finding('Emma'));
  await page.keyboard.down('Control');
  await page.keyboard.press('Enter');
  await page.keyboard.up('Control');
  const sent = await holdThenPostAnyway(page, RISKY);
  await page.close();
  return { posted: sent };
}

// ---- only where people publish or send -------------------------------------------------------
function searchScenario(field, param) {
  return async (browser) => {
    const page = await open(browser, 'search.html');
    await page.click(field);
    await page.keyboard.type(QUERY);
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    const url = new URL(page.url());
    assert(url.pathname.endsWith('/results.html'), `landed on ${url.pathname}`);
    const submitted = url.searchParams.get(param);
    assert(submitted === QUERY, `submitted ${JSON.stringify(submitted)}`);
    const shown = await page.$eval('#query', (o) => o.textContent);
    await page.close();
    return { submitted, shown };
  };
}

async function formsNeverHeld(browser) {
  const page = await open(browser, 'search.html');
  const sent = () => page.evaluate(() => window.sent.map((s) => s.form));
  await page.click('#username');
  await page.keyboard.type('emma.seattle');
  await page.click('#password');
  await page.keyboard.type('Fred Hutch 2024');
  await page.keyboard.press('Enter'); // the site's submit handler runs at once: nothing held it
  assert((await sent()).join() === 'login', 'login sent');
  await page.click('#cc-name');
  await page.keyboard.type('Emma Johnson');
  await page.keyboard.press('Enter');
  assert((await sent()).join() === 'login,payment', 'payment sent');
  await page.click('#street');
  await page.keyboard.type('1100 Fairview Ave N');
  await page.click('#delivery-notes');
  await page.keyboard.type('Leave it with my sister Emma at Fred Hutch in Seattle.');
  await page.click('#address button[type=submit]');
  const forms = await sent();
  assert(forms.join() === 'login,payment,address', 'address sent');
  // A draft typed afterwards is checked: by then, nothing typed above has a panel or highlights.
  await page.click('#body');
  await page.keyboard.type('My sister Emma at Fred Hutch');
  await waitInPanel(page, finding('Fred Hutch'));
  const boxesOutsideBody = await page.evaluate(() => {
    const body = document.getElementById('body').getBoundingClientRect();
    const boxes = [...document.querySelector('safe-to-share-ui').shadowRoot.querySelectorAll('.box')];
    return boxes.filter((b) => { const r = b.getBoundingClientRect(); return r.top < body.top || r.bottom > body.bottom + 1; }).length;
  });
  assert(boxesOutsideBody === 0, `${boxesOutsideBody} highlights outside the draft`);
  await page.close();
  return { sent: forms, boxesOutsideBody };
}

async function emailSubject(browser) {
  const page = await open(browser, 'search.html');
  await page.click('#subject');
  await page.keyboard.type('My sister Emma at Fred Hutch');
  await waitInPanel(page, finding('Fred Hutch'));
  await page.click('#body');
  await page.keyboard.type('Thank you for everything.');
  await settled(page);
  await page.click('#send');
  await waitInPanel(page, '[data-testid=sts-guard][data-state=holding]');
  assert((await page.evaluate(() => window.sent.length)) === 0, 'mail held');
  await page.click(`${GUARD} button[data-action=post-anyway]`);
  await waitTrue(page, () => window.sent.length === 1);
  const subject = await page.evaluate(() => window.sent[0].data.subject);
  await page.close();
  return { subject };
}

async function chatLine(browser) {
  const page = await open(browser, 'search.html');
  await page.click('#chat');
  await page.keyboard.type('My sister Emma is at Fred Hutch'); // its Send button appears on the first key
  await waitInPanel(page, finding('Fred Hutch'));
  await settled(page);
  await page.click('#chat-send');
  const sent = await holdThenPostAnyway(page, 'My sister Emma is at Fred Hutch');
  await page.close();
  return { posted: sent };
}

// ---- first run: no server --------------------------------------------------------------------
async function firstRun(browser) {
  await setServer(browser, FIXTURE_URL, CLOSED_URL, 'Checking the address.', 'down');
  try {
    const page = await open(browser, 'contenteditable.html');
    await page.click('#editor');
    await page.keyboard.type(RISKY);
    // The full notice, or (if a page already showed it this session) the quiet pill that opens it.
    await waitTrue(page, () => {
      const root = document.querySelector('safe-to-share-ui')?.shadowRoot;
      return root && (root.querySelector('[data-testid=sts-first-run]') || root.querySelector('[data-testid=sts-pill][data-state=error]:not([hidden])'));
    });
    if (!(await page.$('safe-to-share-ui >>> [data-testid=sts-first-run]'))) await page.click('safe-to-share-ui >>> [data-testid=sts-pill]');
    await waitInPanel(page, '[data-testid=sts-first-run]');
    const notice = await page.$eval('safe-to-share-ui >>> [data-testid=sts-first-run]', (n) => ({
      os: n.dataset.os,
      commands: [...n.querySelectorAll('button[data-action=copy]')].map((b) => b.dataset.command),
      desk: n.querySelector('[data-testid=sts-review-desk]').getAttribute('href'),
      text: n.textContent,
    }));
    const status = await page.$eval('safe-to-share-ui >>> [data-testid=sts-status]', (s) => s.textContent);
    assert(!/Nothing identifying/.test(status), 'an unchecked draft is not called safe');
    await shot(page, 'first-run');
    await page.close();
    // Once shown, other pages of this browser session say it quietly.
    const other = await open(browser, 'textarea.html');
    await other.click('#compose');
    await other.keyboard.type(RISKY);
    await waitInPanel(other, '[data-testid=sts-pill][data-state=error]');
    const pill = await other.$eval('safe-to-share-ui >>> [data-testid=sts-pill]', (p) => p.textContent);
    const quiet = !(await other.$('safe-to-share-ui >>> [data-testid=sts-first-run]'));
    await other.close();
    return { notice, status, pill, quiet };
  } finally {
    await setServer(browser, FIXTURE_URL, SERVER_URL, 'Pointing it back.', 'connected');
  }
}

// ---- languages: a German draft is said unchecked and marked; a clean French one says so -------
async function languages(browser) {
  const page = await open(browser, 'textarea.html');
  await page.click('#compose');
  await page.keyboard.type(GERMAN);
  await waitInPanel(page, '[data-testid=sts-language][data-partial=true]');
  const note = await page.$eval('safe-to-share-ui >>> [data-testid=sts-language]', (p) => p.textContent);
  assert(note === 'Names, places and organisations were not checked in this German draft; ' +
    'only emails, phone numbers, links and dates were.', `note ${note}`);
  await waitInPanel(page, '.box.unchecked');
  const style = await page.$eval('safe-to-share-ui >>> .box.unchecked', (b) => getComputedStyle(b).borderBottomStyle);
  assert(style === 'dotted', `unchecked part drawn ${style}`);
  await shot(page, 'german');
  await page.close();
  const fr = await open(browser, 'textarea.html');
  await fr.click('#compose');
  await fr.keyboard.type(FRENCH);
  await waitInPanel(fr, '[data-testid=sts-pill][data-language=fr]:not([hidden])');
  const pill = await fr.$eval('safe-to-share-ui >>> [data-testid=sts-pill]', (p) => p.textContent);
  assert(pill === 'Safe to Share: Nothing identifying found in this draft (checked in French)', `pill ${pill}`);
  await fr.close();
  return { note, style, pill };
}

const SCENARIOS = {
  'first-run': firstRun,
  ...Object.fromEntries(['lexical', 'draft', 'prosemirror', 'tiptap', 'quill', 'slate'].map((n) => [`editor-${n}`, editorScenario(n)])),
  shadow,
  'guard-textarea': guardTextarea,
  'guard-feed': guardFeed,
  'guard-ctrl-enter': guardCtrlEnter,
  'search-type': searchScenario('#q-typed', 'q'),
  'search-role': searchScenario('#q-role', 'terms'),
  'search-get': searchScenario('#q-get', 'text'),
  'forms-never-held': formsNeverHeld,
  'email-subject': emailSubject,
  'chat-line': chatLine,
  languages,
};

const args = process.argv.slice(2);
if (args.includes('--list')) {
  console.log(JSON.stringify(Object.keys(SCENARIOS)));
  process.exit(0);
}
if (!SERVER_URL || !FIXTURE_URL || !CLOSED_URL) {
  console.error('SERVER_URL, CLOSED_URL and FIXTURE_URL are required');
  process.exit(2);
}
const names = args.length ? args : Object.keys(SCENARIOS);
for (const n of names) if (!SCENARIOS[n]) { console.error('unknown scenario ' + n); process.exit(2); }
fs.mkdirSync(ARTIFACTS, { recursive: true });

const { browser, id } = await launch();
let failures = 0;
try {
  console.log(JSON.stringify({ scenario: 'installed', ok: id === GECKO_ID, id }));
  const status = await setServer(browser, FIXTURE_URL, SERVER_URL, RISKY, 'connected');
  console.log(JSON.stringify({ scenario: 'server', ok: status.startsWith('Connected'), status }));
  for (const name of names) {
    try {
      const seen = await SCENARIOS[name](browser);
      console.log(JSON.stringify({ scenario: name, ok: true, ...seen }));
    } catch (e) {
      failures++;
      for (const p of await browser.pages()) await p.screenshot({ path: path.join(ARTIFACTS, `firefox-failed-${name}.png`) }).catch(() => {});
      console.log(JSON.stringify({ scenario: name, ok: false, error: String((e && e.stack) || e) }));
      for (const p of (await browser.pages()).slice(1)) await p.close().catch(() => {});
    }
  }
} finally {
  await browser.close();
}
process.exit(failures ? 1 : 0);
