// The last step, offered only where this server's registry accepts submitted profiles (the page says
// so, in data-submissions on <main>): the profile, serialised as it is downloaded, sent to the registry
// with the organisation's token as a new version of its profile.
//
// The token lives in this page's memory, and in this tab's sessionStorage only when the person asks for
// it to be remembered; never in localStorage, a URL, a log or the state kept for the profile.
// Every attempt carries an Idempotency-Key tied to the answers it sends, kept with the profile before it
// is sent: a double click, a retry after a lost answer, even after a reload, sends the same bytes with
// the same key, and the registry answers with the version it stored the first time, never a second one.

import { el, replace, setToken } from './dom.js';
import { t, currentLang } from './i18n.js';
import { exportDoc, mintIri, today } from './profile.js';
import { SYNTAXES, jsonLdOf, turtleOf, saveFile } from './io.js';
import { problem } from './panel.js';

const TOKEN_KEY = 'aigb.builder.token';
const FORMATS = ['jsonld', 'ttl'];
/** What a bearer token can hold (RFC 6750's b64token, and more): printable ASCII without spaces. */
const TOKEN_CHARS = /^[\x21-\x7E]+$/;

let token = remembered();
let sending = false;
/** The registry's last answer in this page: drawn again, in the page's language, whenever the step is. */
let answer = null;

function remembered() {
  try { return sessionStorage.getItem(TOKEN_KEY); } catch (e) { return null; }
}

function remember(value) {
  try {
    if (value) sessionStorage.setItem(TOKEN_KEY, value); else sessionStorage.removeItem(TOKEN_KEY);
  } catch (e) { /* not remembered: the token stays in this page only */ }
}

/** Forgets the token: this page's copy and this tab's. */
export function forgetToken() {
  token = null;
  remember(null);
}

/** The answers a submission sends, without the date a submission stamps on them: what a key is tied to. */
function fingerprint(doc) {
  const copy = exportDoc(doc);
  delete copy.modified;
  return JSON.stringify(copy);
}

/** The state kept with the profile (in localStorage, without the token): the format, the attempt under way, the last version made. */
function kept(app) {
  const s = app.state.submit && typeof app.state.submit === 'object' ? app.state.submit : {};
  if (!FORMATS.includes(s.format)) s.format = 'jsonld';
  app.state.submit = s;
  return s;
}

/** The violations of a validation report (as /profiles/validate writes it). */
export function violations(validation) {
  return (Array.isArray(validation?.results) ? validation.results : []).filter(r => r.severity === 'Violation');
}

export function renderSubmit(app) {
  const s = kept(app);
  const tokenError = el('div', { id: 'submit-token-error', class: 'error', role: 'alert', hidden: true });
  const input = el('input', { type: 'password', id: 'submit-token', name: 'submit-token', value: token ?? '', spellcheck: false,
    attrs: { autocomplete: 'off', autocapitalize: 'off', 'aria-describedby': 'submit-token-hint' },
    on: { input: () => {
      token = input.value.trim() || null;
      if (keep.checked) remember(token);
      if (answer?.token) { answer = null; showTokenError(null); }
      note.textContent = '';
    } } });
  const keep = el('input', { type: 'checkbox', id: 'submit-remember', name: 'submit-remember', checked: remembered() !== null,
    on: { change: () => remember(keep.checked ? token : null) } });
  const forget = el('button', { type: 'button', id: 'submit-forget', class: 'secondary', on: { click: () => {
    forgetToken();
    input.value = '';
    keep.checked = false;
    if (answer?.token) { answer = null; showTokenError(null); }
    note.textContent = t('submit.forgotten');
    input.focus();
  } } }, t('submit.forget'));
  const note = el('p', { id: 'submit-token-status', class: 'muted', role: 'status' });
  const formats = el('fieldset', { class: 'field', id: 'submit-format' }, el('legend', {}, t('submit.format')),
    FORMATS.map(f => el('label', { class: 'choice' },
      el('input', { type: 'radio', name: 'submit-format', id: `submit-format-${f}`, value: f, checked: s.format === f,
        on: { change: () => { s.format = f; app.save(); } } }), ' ', t(f === 'ttl' ? 'download.turtle' : 'download.jsonld'))));
  const button = el('button', { type: 'button', id: 'submit-button', disabled: sending, on: { click: () => submit(app) } }, t('submit.button'));

  const section = el('section', { attrs: { 'aria-labelledby': 'step-heading' } },
    el('h2', { id: 'step-heading', tabIndex: -1 }, t('step.submit')),
    el('p', { class: 'intro' }, t('submit.intro')),
    window.isSecureContext ? null : el('p', { class: 'notice', id: 'submit-insecure' }, t('submit.insecure')),
    el('p', { class: 'notice', id: 'submit-problems', hidden: true }),
    el('div', { class: 'field' },
      el('label', { htmlFor: 'submit-token' }, t('submit.token')),
      el('p', { class: 'hint', id: 'submit-token-hint' }, t('submit.tokenHint')),
      input, tokenError),
    el('div', { class: 'field inline' }, keep, ' ', el('label', { htmlFor: 'submit-remember' }, t('submit.remember')), ' ', forget),
    note,
    formats,
    el('p', {}, button),
    el('p', { id: 'submit-status', role: 'status', class: 'muted' }, sending ? t('submit.sending') : ''),
    el('div', { id: 'submit-answer' }));
  queueMicrotask(() => drawSubmit(app));
  return section;
}

/** Says what is wrong with the token at its field (a message key), or nothing (null). */
function showTokenError(key) {
  const input = document.getElementById('submit-token');
  const box = document.getElementById('submit-token-error');
  if (!input || !box) return;
  box.replaceChildren(...(key ? [t(key)] : []));
  box.hidden = !key;
  if (key) input.setAttribute('aria-invalid', 'true'); else input.removeAttribute('aria-invalid');
  setToken(input, 'aria-describedby', 'submit-token-error', Boolean(key));
}

/** Sends the profile; every outcome is drawn, none loses an answer or the token typed. */
async function submit(app) {
  if (sending) return; // a second click while the first is on its way
  if (!token || !TOKEN_CHARS.test(token)) {
    answer = { kind: 'error', token: true, key: token ? 'submit.tokenMalformed' : 'submit.tokenMissing' };
    drawSubmit(app);
    document.getElementById('submit-token')?.focus();
    return;
  }
  sending = true;
  answer = null;
  drawSubmit(app);
  try {
    const attempt = await attemptFor(app);
    if (attempt.error) {
      answer = { kind: 'error', key: 'submit.error.serialise', detail: attempt.error.message };
      return;
    }
    let response;
    try {
      response = await fetch(app.submissions, {
        method: 'POST', credentials: 'omit', cache: 'no-store',
        headers: { 'Content-Type': SYNTAXES[attempt.format], Accept: 'application/json', Authorization: `Bearer ${token}`, 'Idempotency-Key': attempt.key },
        body: attempt.body,
      });
    } catch (e) {
      answer = { kind: 'error', key: 'submit.error.network', answers: attempt.answers };
      return;
    }
    const body = await response.json().catch(() => null);
    answer = interpret(app, response, body, attempt);
  } finally {
    sending = false;
    app.showFieldErrors();
    drawSubmit(app);
    if (answer?.token) document.getElementById('submit-token')?.focus();
    else document.getElementById('submit-answer')?.scrollIntoView({ block: 'nearest' });
  }
}

/**
 * The request for the answers as they are: the attempt kept from before when the answers and the format
 * are the same (same bytes, same key), else a new one, dated today, kept before it is sent.
 */
async function attemptFor(app) {
  const s = kept(app);
  const answers = fingerprint(app.state.doc);
  if (s.pending && s.pending.answers === answers && s.pending.format === s.format && typeof s.pending.body === 'string') return s.pending;
  app.state.doc.modified = today();
  let body;
  if (s.format === 'ttl') {
    const r = await turtleOf(app.state.doc);
    if (r.error) return r;
    body = await r.blob.text();
  } else {
    body = jsonLdOf(app.state.doc);
  }
  s.pending = { key: mintIri().slice('urn:uuid:'.length), format: s.format, answers, body };
  app.save();
  return s.pending;
}

/** What an answer of the registry means for the person, as a message key of the page. */
function interpret(app, response, body, attempt) {
  const s = kept(app);
  const status = response.status;
  const detail = typeof body?.message === 'string' ? body.message : null;
  if (status === 201 && body) {
    // the registry answers a key it has seen with the version it stored then
    const replayed = s.last?.key === attempt.key;
    s.last = { key: attempt.key, answers: attempt.answers, organisation: String(body.organisation ?? ''), version: Number(body.version),
      location: response.headers.get('Location') || body.location, received: body.received, warnings: Number(body.warnings ?? 0), gaps: Number(body.gaps ?? 0) };
    app.save();
    app.refusal = null;
    return { kind: 'done', replayed };
  }
  const base = { kind: 'error', answers: attempt.answers, detail, status };
  if (status === 422 && body?.code === 'profile-violations') {
    app.refusal = violations(body.validation);
    return { ...base, kind: 'violations', key: 'submit.error.violations', detail: null, results: app.refusal };
  }
  if (status === 422 && body?.code === 'idempotency-key-reused') {
    s.pending = null; // the next attempt gets a key of its own
    app.save();
  }
  const byCode = { 'wrong-organisation': 'submit.error.wrongOrganisation', 'idempotency-key-reused': 'submit.error.keyReused' };
  const byStatus = { 401: 'submit.error.unauthorized', 403: 'submit.error.forbidden', 409: 'submit.error.conflict', 413: 'submit.error.tooLarge',
    422: 'submit.error.refused', 503: 'submit.error.unavailable' };
  return { ...base, key: byCode[body?.code] ?? byStatus[status] ?? 'error.http', token: status === 401 || status === 403 };
}

/**
 * Draws what the step says besides its questions: the live check's problems, the last answer of the
 * registry if it is still about these answers (a token refused: at the token), and the last version made.
 */
export function drawSubmit(app) {
  const box = document.getElementById('submit-answer');
  if (!box) return;
  const button = document.getElementById('submit-button');
  const status = document.getElementById('submit-status');
  const notice = document.getElementById('submit-problems');
  button.disabled = sending;
  status.textContent = sending ? t('submit.sending') : '';
  const problems = app.checker.result?.conforms === false ? violations(app.checker.result.validation).length : 0;
  notice.textContent = problems ? t('submit.hasProblems', { n: problems }) : '';
  notice.hidden = !problems;
  const answers = fingerprint(app.state.doc);
  if (answer && answer.kind !== 'done' && answer.answers && answer.answers !== answers) answer = null; // about answers since changed
  showTokenError(answer?.token ? answer.key : null);
  const last = kept(app).last;
  replace(box,
    answer && answer.kind !== 'done' && !answer.token ? refusal(app, answer) : null,
    last ? version(app, last, answer?.kind === 'done' ? (answer.replayed ? 'submit.replayed' : 'submit.done') : 'submit.last', answers) : null);
}

function refusal(app, a) {
  return el('div', { id: 'submit-error', class: 'error', role: 'alert', dataset: { status: String(a.status ?? '') } },
    el('p', {}, t(a.key, { status: a.status, n: a.results?.length ?? 0 })),
    a.detail ? el('p', { class: 'detail' }, t('submit.detail'), el('span', { lang: 'en' }, a.detail)) : null,
    a.results?.length ? el('ul', { id: 'submit-violations' }, a.results.map(r => problem(app, r))) : null);
}

/** The version the registry made: its number, when, and where it is (a link that opens it with the token). */
function version(app, last, key, answers) {
  const received = last.received ? new Date(last.received) : null;
  const when = received && !Number.isNaN(received.getTime())
    ? received.toLocaleString(currentLang() === 'ja' ? 'ja-JP' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }) : '';
  const path = typeof last.location === 'string' && last.location.startsWith('/') && !last.location.startsWith('//') ? last.location : null;
  const link = path ? el('a', { id: 'submit-location', href: path, on: { click: e => openVersion(app, e, path, last) } },
    new URL(path, window.location.href).href) : null;
  return el('div', { id: 'submit-done', class: 'notice', dataset: { version: String(last.version), organisation: last.organisation } },
    el('p', { role: 'status' }, t(key, { organisation: last.organisation, version: last.version, received: when })),
    el('p', {}, t('submit.counts', { warnings: last.warnings, gaps: last.gaps })),
    link ? el('p', {}, t('submit.location'), ' ', link) : null,
    link ? el('p', { class: 'hint' }, t('submit.locationHint')) : null,
    last.answers !== answers ? el('p', { id: 'submit-changed' }, t('submit.changedSince')) : null);
}

/**
 * A version is shown only with a token of its organisation (or a reviewer's): a plain link would get a
 * 401. A click asks for its checklist with the token and saves it; a link opened otherwise (a new tab)
 * gets the registry's own answer.
 */
async function openVersion(app, event, path, last) {
  if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  if (!token) {
    answer = { kind: 'error', token: true, key: 'submit.tokenForVersion' };
    drawSubmit(app);
    document.getElementById('submit-token')?.focus();
    return;
  }
  let response;
  try {
    response = await fetch(path, { credentials: 'omit', cache: 'no-store', headers: { Accept: 'text/html', Authorization: `Bearer ${token}` } });
  } catch (e) {
    answer = { kind: 'error', key: 'submit.error.network' };
    return drawSubmit(app);
  }
  if (!response.ok) {
    const body = await response.json().catch(() => null);
    answer = { kind: 'error', status: response.status, detail: typeof body?.message === 'string' ? body.message : null,
      key: { 401: 'submit.error.unauthorized', 403: 'submit.error.forbidden', 404: 'submit.error.notYours', 503: 'submit.error.unavailable' }[response.status] ?? 'error.http',
      token: response.status === 401 || response.status === 403 };
    return drawSubmit(app);
  }
  saveFile(await response.blob(), `${last.organisation}-${last.version}.html`);
}
