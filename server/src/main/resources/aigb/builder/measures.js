// The measures step: for each item (and practice note) the guideline applies to the organisation, as the
// live check derived them, what the organisation has done: implemented, planned, not applicable (with the
// reason), or not yet; with evidence. A choice is a declared measure on the organisation, for every system.

import { el } from './dom.js';
import { t, pick } from './i18n.js';
import { asList, measuresFor, systemMeasuresFor, newMeasure, textOf, shownLang, setText } from './profile.js';

const NOT_YET = 'gap'; // the obligation status an item has with no measure: its label is the graph's

export function renderMeasures(app) {
  const result = app.lastDerivation();
  const heading = el('h2', { id: 'step-heading', tabIndex: -1 }, t('step.measures'));
  const statusTerm = app.vocabulary.term('aigb:DeclaredMeasure');
  const intro = [el('p', { class: 'intro' }, t('measures.intro')),
    statusTerm?.help ? el('p', { class: 'hint', lang: pick(statusTerm.help).lang }, pick(statusTerm.help).text) : null];
  if (!result)
    return el('section', { attrs: { 'aria-labelledby': 'step-heading' } }, heading, intro, el('p', { class: 'notice' }, t(app.derivationIsStale() ? 'measures.blocked' : 'measures.waiting')));
  const items = asList(result.items);
  if (!items.length)
    return el('section', { attrs: { 'aria-labelledby': 'step-heading' } }, heading, intro, el('p', { class: 'notice' }, t('measures.none')));
  return el('section', { attrs: { 'aria-labelledby': 'step-heading' } }, heading, intro,
    app.derivationIsStale() ? el('p', { class: 'notice' }, t('measures.stale')) : null,
    el('ol', { class: 'measures' }, items.map((item, i) => el('li', {}, row(app, item, `m${i}`)))));
}

/** One item or note: its title, why it applies, the status chosen and the evidence. */
function row(app, resource, id) {
  const doc = app.state.doc;
  const measures = () => measuresFor(doc, app.vocabulary, resource.iri, resource.code);
  const current = measures()[0];
  const statusKey = 'status';
  const choices = [...app.vocabulary.choicesOf(statusKey), { value: NOT_YET, label: app.vocabulary.obligationStatus(NOT_YET)?.label, help: null }];
  const chosen = current?.status ?? NOT_YET;
  const title = pick(resource.title);
  const details = el('div', { class: 'measure-details', id: `${id}-details` });
  const derived = el('span', { class: 'derived', id: `${id}-derived` });
  const error = el('p', { class: 'error', id: `${id}-error`, hidden: true });
  const fieldset = el('fieldset', { class: 'measure', id, dataset: { resource: resource.iri, code: resource.code } },
    el('legend', {}, el('span', { class: 'code' }, resource.code), ' ', el('span', { lang: title.lang }, title.text)),
    derived,
    asList(resource.reasons).map(r => el('p', { class: 'hint', lang: pick(r.text).lang }, pick(r.text).text)),
    el('div', { class: 'status-choices' },
      choices.map(c => {
        const inputId = `${id}-${c.value}`;
        const input = el('input', { type: 'radio', name: `${id}-status`, id: inputId, value: c.value, checked: chosen === c.value,
          on: { change: () => { if (input.checked) choose(app, resource, c.value, details, id); } } });
        return el('span', { class: 'choice' }, input, el('label', { htmlFor: inputId, lang: pick(c.label).lang }, pick(c.label).text));
      })),
    details,
    others(app, resource),
    error);
  if (current?.id)
    app.fields.register(current.id, 'measure', { id, targets: [...fieldset.querySelectorAll('input')], errorEl: error, group: fieldset });
  app.measureRows.set(resource.iri, { derived, resource });
  fillDetails(app, resource, details, id);
  const notes = asList(resource.notes);
  if (notes.length)
    fieldset.append(el('details', { class: 'notes', open: notes.some(n => measuresFor(doc, app.vocabulary, n.iri, n.code).length) },
      el('summary', {}, t('measures.notes', { n: notes.length })),
      el('ol', {}, notes.map((n, j) => el('li', {}, row(app, n, `${id}n${j}`))))));
  showDerived(app, resource);
  return fieldset;
}

/** Measures declared on single systems (from a loaded profile): shown, not edited here. */
function others(app, resource) {
  const list = systemMeasuresFor(app.state.doc, app.vocabulary, resource.iri, resource.code);
  if (!list.length) return null;
  return el('ul', { class: 'hint' }, list.map(({ system, measure }) => {
    const status = app.vocabulary.choicesOf('status').find(c => c.value === measure.status);
    return el('li', {}, t('measures.onSystem', { system: pick(system.name).text, status: status ? pick(status.label).text : String(measure.status ?? '') }));
  }));
}

function choose(app, resource, value, details, id) {
  app.change(() => {
    const doc = app.state.doc;
    const existing = measuresFor(doc, app.vocabulary, resource.iri, resource.code);
    if (value === NOT_YET) {
      doc.measures = asList(doc.measures).filter(m => !existing.includes(m));
      if (!doc.measures.length) delete doc.measures;
    } else if (existing.length) {
      existing[0].status = value;
    } else {
      doc.measures = [...asList(doc.measures), newMeasure(resource.iri, value)];
    }
  });
  fillDetails(app, resource, details, id);
}

/** The evidence (and, for not applicable, the reason), shown once a status other than "not yet" is chosen. */
function fillDetails(app, resource, details, id) {
  details.replaceChildren();
  const measure = measuresFor(app.state.doc, app.vocabulary, resource.iri, resource.code)[0];
  if (!measure) return;
  if (measure.status === 'not-applicable') details.append(textArea(app, measure, 'notApplicableReason', `${id}-reason`));
  details.append(textArea(app, measure, 'evidence', `${id}-evidence`));
}

function textArea(app, measure, key, id) {
  const term = app.vocabulary.term(key);
  const lang = shownLang(measure[key], app.lang());
  const area = el('textarea', { id, name: id, rows: 2, lang, value: textOf(measure[key], lang),
    attrs: { 'aria-describedby': term?.help ? `${id}-hint` : undefined },
    on: { input: () => app.change(() => setText(measure, key, lang, area.value)) } });
  return el('div', { class: 'field' },
    el('label', { htmlFor: id }, el('span', { class: 'term-label', lang: pick(term?.label).lang }, pick(term?.label).text)),
    term?.help ? el('p', { class: 'hint', id: `${id}-hint`, lang: pick(term.help).lang }, pick(term.help).text) : null,
    area);
}

/** The status the live check derived for a row (addressed, gap, ...), updated in place as answers change. */
export function showDerived(app, resource) {
  const row = app.measureRows.get(resource.iri);
  if (!row) return;
  const status = app.vocabulary.obligationStatus(resource.status);
  row.derived.replaceChildren(status ? el('span', { class: `badge status-${resource.status}`, lang: pick(status.label).lang },
    t('measures.derived', { status: pick(status.label).text })) : '');
}
