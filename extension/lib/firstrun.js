/* Safe to Share: what to say when the checker is not running on this computer (first run), and
 * when it is older than this extension needs. Used by the in-page panel and the popup; built with
 * DOM calls and textContent only. */
(function (root) {
  'use strict';
  const ns = (root.SafeToShare = root.SafeToShare || {});

  /** 'windows', 'macos' or 'linux' (also ChromeOS's Linux terminal), from the browser's own report. */
  function platform(nav) {
    nav = nav || root.navigator || {};
    const p = (nav.userAgentData && nav.userAgentData.platform) || nav.platform || '';
    if (/^win/i.test(p)) return 'windows';
    if (/^mac|iphone|ipad/i.test(p)) return 'macos';
    return 'linux';
  }

  const TERMINAL = { windows: 'PowerShell', macos: 'the Terminal app', linux: 'a terminal' };
  const GET_PIPX = { windows: 'py -m pip install --user pipx', macos: 'brew install pipx', linux: 'sudo apt install pipx' };
  const PIPX = { windows: 'py -m pipx', macos: 'pipx', linux: 'pipx' };

  /** The install and start commands for this system, step by step. */
  function steps(os) {
    return [
      { label: `1. Install it, once (in ${TERMINAL[os]}):`, commands: [`${PIPX[os]} install safe-to-share`],
        alt: { text: 'or, with uv:', command: 'uv tool install safe-to-share' },
        hint: `No pipx yet? ${GET_PIPX[os]}` },
      { label: '2. Start it now and whenever you log in:', commands: ['safetoshare autostart enable'],
        alt: { text: 'or only for now:', command: 'safetoshare serve' } },
    ];
  }

  function upgradeCommand(os) {
    return `${PIPX[os]} upgrade safe-to-share`;
  }

  function el(doc, tag, props, ...children) {
    const node = doc.createElement(tag);
    for (const [k, v] of Object.entries(props || {})) {
      if (k === 'class') node.className = v;
      else if (k === 'text') node.textContent = v;
      else node.setAttribute(k, v);
    }
    for (const c of children) if (c) node.append(c);
    return node;
  }

  function button(doc, label, onClick, props) {
    const b = el(doc, 'button', Object.assign({ type: 'button', text: label }, props || {}));
    // In the page, keep the focus in the editor while clicking (keyboard users still reach it).
    b.addEventListener('mousedown', (e) => e.preventDefault());
    b.addEventListener('click', (e) => {
      e.preventDefault();
      e.stopPropagation();
      onClick(b);
    });
    return b;
  }

  /** Copies text to the clipboard: the Clipboard API where the page allows it, else a selection. */
  async function copy(text, near) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch (e) { /* not a secure page, or not allowed: copy a selection instead */ }
    const doc = near.ownerDocument;
    const focused = doc.activeElement;
    const area = el(doc, 'textarea', { 'aria-hidden': 'true', style: 'position:fixed;left:-9999px;top:0;' });
    area.value = text;
    near.after(area);
    area.select();
    let ok = false;
    try {
      ok = doc.execCommand('copy');
    } finally {
      area.remove();
      if (focused && focused.focus) focused.focus();
    }
    return ok;
  }

  function commandLine(doc, command) {
    const b = button(doc, 'Copy', async (btn) => {
      btn.textContent = (await copy(command, btn)) ? 'Copied' : 'Select and copy it';
    }, { class: 'copy', 'data-action': 'copy', 'data-command': command, 'aria-label': 'Copy: ' + command });
    return el(doc, 'div', { class: 'cmd' }, el(doc, 'code', { text: command }), b);
  }

  /** The calm first-run notice: install and start commands with copy buttons, a link to the
   * review desk and "Check again". `onCheckAgain(button)` retries. */
  function notice(doc, { serverUrl, onCheckAgain, os }) {
    os = os || platform();
    const box = el(doc, 'section', { class: 'first-run', 'data-testid': 'sts-first-run', 'data-os': os,
      'aria-label': 'Start Safe to Share on this computer' },
    el(doc, 'h3', { text: "Safe to Share's checker isn't running on this computer" }),
    el(doc, 'p', { text: 'Drafts are not checked until it runs, and none is called safe meanwhile. To set it up:' }));
    for (const s of steps(os)) {
      box.append(el(doc, 'p', { class: 'step', text: s.label }));
      for (const c of s.commands) box.append(commandLine(doc, c));
      if (s.alt) box.append(el(doc, 'p', { class: 'alt', text: s.alt.text }), commandLine(doc, s.alt.command));
      if (s.hint) box.append(el(doc, 'p', { class: 'alt', text: s.hint }));
    }
    const desk = String(serverUrl || 'http://127.0.0.1:8337').replace(/\/$/, '') + '/';
    box.append(el(doc, 'p', { class: 'desk' }, 'Once it runs, the review desk is at ',
      el(doc, 'a', { href: desk, target: '_blank', rel: 'noopener noreferrer', 'data-testid': 'sts-review-desk', text: desk }), '.'));
    const again = button(doc, 'Check again', (b) => onCheckAgain(b), { class: 'primary', 'data-action': 'check-again' });
    box.append(el(doc, 'div', { class: 'row' }, again));
    return box;
  }

  /** The calm note that the checker is older than this extension needs. */
  function updateNote(doc, { version, minVersion, os }) {
    os = os || platform();
    return el(doc, 'div', { class: 'update', 'data-testid': 'sts-update', role: 'note' },
      el(doc, 'p', { text: `Please update the checker: it is version ${version || 'unknown'}, and this extension needs ${minVersion} or newer.` }),
      commandLine(doc, upgradeCommand(os)));
  }

  ns.firstrun = { platform, steps, upgradeCommand, notice, updateNote, copy };
})(globalThis);
