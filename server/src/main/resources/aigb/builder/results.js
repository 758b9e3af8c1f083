// The last step: the checklist the guideline gives the organisation (each applicable item with its status
// and why it applies), and the downloads: the profile (JSON-LD, Turtle) and the checklist (HTML, Markdown,
// JSON, CSV); and the printable checklist page of the server, in the page's language.

import { el } from './dom.js';
import { t, pick, currentLang } from './i18n.js';
import { asList, exportDoc } from './profile.js';
import { downloadJsonLd, downloadTurtle, downloadChecklist } from './io.js';

export function renderResults(app) {
  const message = el('div', { id: 'download-status', role: 'status' });
  const run = async (button, action) => {
    message.replaceChildren();
    button.disabled = true;
    const r = await action();
    button.disabled = false;
    if (r?.error) message.append(el('p', { class: 'error', id: 'download-error' }, r.error.message));
  };
  const button = (id, label, action) => {
    const b = el('button', { type: 'button', id, class: 'secondary', on: { click: () => run(b, action) } }, label);
    return b;
  };
  const doc = app.state.doc;
  const printable = el('form', { method: 'post', action: '/profiles/obligations', target: '_blank', id: 'printable',
    on: { submit: () => { printable.elements.profile.value = JSON.stringify(exportDoc(doc)); printable.elements.lang.value = currentLang(); } } },
    el('input', { type: 'hidden', name: 'profile' }),
    el('input', { type: 'hidden', name: 'syntax', value: 'jsonld' }),
    // the printable page in the page's language only (A4, one language)
    el('input', { type: 'hidden', name: 'lang', value: currentLang() }),
    el('button', { type: 'submit', class: 'secondary', id: 'open-checklist' }, t('results.open')));

  return el('section', { attrs: { 'aria-labelledby': 'step-heading' } },
    el('h2', { id: 'step-heading', tabIndex: -1 }, t('step.results')),
    el('p', { class: 'intro' }, t('results.intro')),
    el('section', { attrs: { 'aria-labelledby': 'downloads-heading' } },
      el('h3', { id: 'downloads-heading' }, t('results.downloads')),
      el('p', {}, t('results.profile'), ' ',
        el('button', { type: 'button', id: 'download-jsonld', on: { click: () => { downloadJsonLd(doc); app.save(); } } }, t('download.jsonld')), ' ',
        button('download-turtle', t('download.turtle'), async () => { const r = await downloadTurtle(doc); app.save(); return r; })),
      el('p', {}, t('results.checklist'), ' ',
        ['html', 'md', 'json', 'csv'].map(f => [button(`download-checklist-${f}`, t(`download.${f}`), () => downloadChecklist(doc, f)), ' '])),
      printable, message),
    checklist(app));
}

/** The checklist as the live check derived it: items with status and reasons, notes under them, then what is undecided. */
function checklist(app) {
  const d = app.lastDerivation();
  const heading = el('h3', { id: 'checklist-heading' }, t('results.checklistHeading'));
  if (!d) return el('section', { attrs: { 'aria-labelledby': 'checklist-heading' } }, heading, el('p', { class: 'notice' }, t(app.derivationIsStale() ? 'measures.blocked' : 'measures.waiting')));
  const entry = item => {
    const status = app.vocabulary.obligationStatus(item.status);
    const title = pick(item.title);
    return el('li', { dataset: { code: item.code, status: item.status ?? '' } },
      el('span', { class: 'code' }, item.code), ' ', el('span', { lang: title.lang }, title.text), ' ',
      status ? el('span', { class: `badge status-${item.status}`, lang: pick(status.label).lang }, pick(status.label).text) : null,
      asList(item.reasons).map(r => el('p', { class: 'hint', lang: pick(r.text).lang }, pick(r.text).text)),
      asList(item.notes).length ? el('ul', {}, asList(item.notes).map(entry)) : null);
  };
  const undecided = asList(d.undecided);
  return el('section', { id: 'checklist', attrs: { 'aria-labelledby': 'checklist-heading' } }, heading,
    app.derivationIsStale() ? el('p', { class: 'notice' }, t('measures.stale')) : null,
    el('ul', { class: 'checklist' }, asList(d.items).map(entry)),
    undecided.length ? [el('h4', {}, t('results.undecided')), el('ul', { class: 'checklist' }, undecided.map(u =>
      el('li', { dataset: { code: u.code } }, el('span', { class: 'code' }, u.code), ' ', el('span', { lang: pick(u.title).lang }, pick(u.title).text),
        el('p', { class: 'hint' }, t('results.missing', { facts: asList(u.missingFacts).map(f => pick(app.vocabulary.term(f.iri)?.label ?? f.label).text).join('、') })))))] : null);
}
