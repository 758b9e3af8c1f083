// The first step: start a new profile, or load one to edit (upload or paste); and forget everything.
// A load that fails says why (with line and column) and keeps the text as it was, in this browser too.

import { el, setToken } from './dom.js';
import { t, currentLang } from './i18n.js';
import { detectSyntax, readProfile } from './io.js';
import * as store from './store.js';

export function renderStart(app) {
  const draft = app.state.draft;
  const error = el('div', { id: 'load-error', class: 'error', role: 'alert', hidden: true });
  const done = el('div', { id: 'load-status', role: 'status' });
  const text = el('textarea', { id: 'load-text', name: 'load-text', rows: 12, value: draft.text, spellcheck: false,
    attrs: { 'aria-describedby': 'load-text-hint', autocomplete: 'off' },
    on: { input: () => { draft.text = text.value; draft.fileName = ''; app.save(); } } });
  const syntax = el('select', { id: 'load-syntax', name: 'load-syntax',
    on: { change: () => { draft.syntax = syntax.value; app.save(); } } },
    ['auto', 'ttl', 'jsonld', 'rdf', 'nt'].map(s => el('option', { value: s, selected: draft.syntax === s }, t(`syntax.${s}`))));
  const file = el('input', { type: 'file', id: 'load-file', name: 'load-file',
    attrs: { accept: '.ttl,.jsonld,.json,.rdf,.xml,.owl,.nt', 'aria-describedby': 'load-file-hint' },
    on: { change: async () => {
      const chosen = file.files[0];
      if (!chosen) return;
      text.value = await chosen.text();
      draft.text = text.value;
      draft.fileName = chosen.name;
      app.save();
      await load();
    } } });

  async function load() {
    error.hidden = true;
    error.replaceChildren();
    done.replaceChildren();
    text.removeAttribute('aria-invalid');
    setToken(text, 'aria-describedby', 'load-error', false);
    if (!text.value.trim()) return showError({ message: t('load.empty') });
    const chosen = draft.syntax === 'auto' ? detectSyntax(text.value, draft.fileName) : draft.syntax;
    button.disabled = true;
    const result = await readProfile(text.value, chosen);
    button.disabled = false;
    if (result.error) return showError(result.error, chosen);
    app.replaceDoc(result.doc);
    done.append(el('p', { class: 'notice' }, t('load.done', { syntax: t(`syntax.${chosen}`) })),
      result.omitted ? el('p', { class: 'notice' }, t('load.omitted', { n: result.omitted })) : null, undo());
  }

  /** Undoing the last load, offered as long as the profile it replaced is kept. */
  function undo() {
    if (!store.previous()) return null;
    const button = el('button', { type: 'button', class: 'secondary', id: 'load-undo',
      on: { click: () => { app.undoLoad(); done.replaceChildren(el('p', {}, t('load.undone'))); } } }, t('load.undo'));
    return el('p', {}, button);
  }

  function showError(problem, chosen) {
    // the server's message (in English) names the line when it knows it: said again in Japanese, not twice in English
    const where = problem.line > 0 && (currentLang() === 'ja' || !/line \d/.test(problem.message))
      ? t('load.where', { line: problem.line, column: problem.column }) : '';
    error.append(el('p', {}, t('load.failed', { syntax: chosen ? t(`syntax.${chosen}`) : '' })), el('p', { class: 'detail' }, problem.message, where));
    error.hidden = false;
    text.setAttribute('aria-invalid', 'true');
    setToken(text, 'aria-describedby', 'load-error', true);
    if (problem.line > 0) {
      const lines = text.value.split('\n');
      const offset = lines.slice(0, problem.line - 1).reduce((n, l) => n + l.length + 1, 0) + Math.max(0, (problem.column || 1) - 1);
      text.setSelectionRange(offset, Math.min(text.value.length, offset + 1));
    }
  }

  const button = el('button', { type: 'button', id: 'load-button', on: { click: load } }, t('load.button'));
  if (store.previous()) done.append(undo());

  const confirmClear = el('div', { id: 'clear-confirm', hidden: true },
    el('p', { role: 'alert' }, t('clear.question')),
    el('button', { type: 'button', id: 'clear-yes', class: 'danger', on: { click: () => app.clearAll() } }, t('clear.yes')), ' ',
    el('button', { type: 'button', id: 'clear-no', class: 'secondary',
      on: { click: () => { confirmClear.hidden = true; clear.focus(); } } }, t('clear.no')));
  const clear = el('button', { type: 'button', id: 'clear', class: 'secondary',
    on: { click: () => { confirmClear.hidden = false; confirmClear.querySelector('#clear-no').focus(); } } }, t('clear.button'));

  return el('section', { attrs: { 'aria-labelledby': 'step-heading' } },
    el('h2', { id: 'step-heading', tabIndex: -1 }, t('step.start')),
    el('p', { class: 'intro' }, t('start.intro')),
    el('p', { class: 'intro' }, t('start.kept'), app.submissions ? [' ', t('start.keptSubmit')] : null),
    el('section', { class: 'load', attrs: { 'aria-labelledby': 'load-heading' } },
      el('h3', { id: 'load-heading' }, t('load.heading')),
      el('p', { class: 'hint' }, t('load.intro')),
      el('div', { class: 'field' }, el('label', { htmlFor: 'load-file' }, t('load.file')),
        el('p', { class: 'hint', id: 'load-file-hint' }, t('load.fileHint')), file),
      el('div', { class: 'field' }, el('label', { htmlFor: 'load-text' }, t('load.paste')),
        el('p', { class: 'hint', id: 'load-text-hint' }, t('load.pasteHint')), text),
      el('div', { class: 'field inline' }, el('label', { htmlFor: 'load-syntax' }, t('load.syntax')), syntax, ' ', button),
      error, done),
    el('section', { class: 'clear', attrs: { 'aria-labelledby': 'clear-heading' } },
      el('h3', { id: 'clear-heading' }, t('clear.heading')),
      el('p', { class: 'hint' }, t('clear.intro')), clear, confirmClear));
}
