// The widgets of the questionnaire. Each one shows a property of the profile: its label and help from
// the knowledge graph (through the JSON key's property), its choices from the graph, and writes what
// the person answers into the profile document. Every control has a label; help and error texts are
// tied to it with aria-describedby.

import { el } from './dom.js';
import { t, pick } from './i18n.js';
import { asList, asBool, textOf, shownLang, setText, toggle, setValue } from './profile.js';

/** The label and help of a JSON key: the graph's label and definition of its property, or a page message. */
export function describe(app, key, messageKey) {
  const term = app.vocabulary.term(key);
  return {
    label: term?.label ? pick(term.label) : { text: t(messageKey || `field.${key}`), lang: undefined },
    help: term?.help ? pick(term.help) : null,
  };
}

/** A label or legend text: a span in the language of its text (English labels of properties are capitalised by style). */
function labelText(picked) {
  return el('span', { class: 'term-label', lang: picked.lang }, picked.text);
}

/** The common frame of a field: its error element (filled by the live check) and help text. */
function frame(id, help) {
  const helpEl = help ? el('p', { class: 'hint', id: `${id}-hint`, lang: help.lang }, help.text) : null;
  const errorEl = el('p', { class: 'error', id: `${id}-error`, hidden: true, attrs: { 'aria-live': 'polite' } });
  const describedBy = [helpEl ? `${id}-hint` : null].filter(Boolean).join(' ') || undefined;
  return { helpEl, errorEl, describedBy };
}

function register(app, node, key, id, targets, errorEl, group) {
  app.fields.register(node.id, key, { id, targets, errorEl, group });
}

/** A one-line text (corporate number, provider's name). */
export function textField(app, node, key, id, options = {}) {
  const { label, help } = describe(app, key);
  const { helpEl, errorEl, describedBy } = frame(id, help);
  const input = el('input', {
    id, type: 'text', name: id, value: typeof node[key] === 'string' ? node[key] : '',
    attrs: { 'aria-describedby': describedBy, inputmode: options.inputmode, autocomplete: 'off', spellcheck: options.spellcheck === false ? 'false' : undefined },
    on: {
      input: () => app.change(() => setValue(node, key, input.value.trim())),
      blur: () => app.touch(node.id, key),
    },
  });
  register(app, node, key, id, [input], errorEl);
  return el('div', { class: 'field' }, el('label', { htmlFor: id }, labelText(label)), helpEl, input, errorEl);
}

/** The name, one text per language (the shapes want at least one, one per language). */
export function nameFields(app, node, id, messageKey, onInput = () => {}) {
  const key = 'name';
  const { errorEl } = frame(id, null);
  const inputs = ['ja', 'en'].map(lang => {
    const inputId = `${id}-${lang}`;
    const input = el('input', {
      id: inputId, type: 'text', name: inputId, lang, value: textOf(node[key], lang),
      attrs: { autocomplete: 'off' },
      on: {
        input: () => { app.change(() => setText(node, key, lang, input.value)); onInput(); },
        blur: () => app.touch(node.id, key),
      },
    });
    return el('div', { class: 'lang-input' },
      el('label', { htmlFor: inputId }, t(messageKey), ' ', el('span', { class: 'muted' }, `(${t(lang === 'ja' ? 'field.inJa' : 'field.inEn')})`)),
      input);
  });
  register(app, node, key, id, inputs.map(d => d.querySelector('input')), errorEl);
  return el('div', { class: 'field', id }, inputs, errorEl);
}

/** A group of radio buttons or checkboxes in a fieldset, its legend the field's label. */
function group(app, node, key, id, options, control, extra = []) {
  const { label, help } = describe(app, key);
  const { helpEl, errorEl } = frame(id, help);
  const list = el('ul', { class: 'choices' }, options);
  const fieldset = el('fieldset', { id, class: 'field', attrs: { 'aria-describedby': helpEl ? `${id}-hint` : undefined } },
    el('legend', {}, labelText(label)), helpEl, list, extra, errorEl);
  register(app, node, key, id, [...fieldset.querySelectorAll('input')], errorEl, fieldset);
  return fieldset;
}

/** One choice: the control, its label, and its help tied to it. */
function choice(type, name, id, value, checked, labelPicked, helpPicked, onChange, extraLabel) {
  const helpId = helpPicked?.text ? `${id}-hint` : undefined;
  const input = el('input', { type, name, id, value, checked, attrs: { 'aria-describedby': helpId }, on: { change: () => onChange(input.checked) } });
  return el('li', {},
    el('span', { class: 'choice' }, input, el('label', { htmlFor: id }, el('span', { lang: labelPicked.lang }, labelPicked.text), extraLabel)),
    helpId ? el('p', { class: 'hint', id: helpId, lang: helpPicked.lang }, helpPicked.text) : null);
}

function slug(value) {
  return String(value).replace(/[^A-Za-z0-9_-]/g, '_');
}

/** One value of a controlled list (kind). */
export function radioField(app, node, key, id) {
  const options = app.vocabulary.choicesOf(key).map(c => choice('radio', id, `${id}-${slug(c.value)}`, c.value, node[key] === c.value,
    pick(c.label), pick(c.help), on => on && app.change(() => setValue(node, key, c.value)) ));
  return group(app, node, key, id, options);
}

/** Any values of a controlled list, nested by skos:broader (sectors, AI types, user groups). */
export function checkboxField(app, node, key, id, choices = app.vocabulary.choicesOf(key), extraLabel = () => null) {
  const selected = asList(node[key]);
  const byBroader = new Map();
  for (const c of choices) {
    const parent = c.broader && choices.some(p => p.iri === c.broader) ? c.broader : null;
    if (!byBroader.has(parent)) byBroader.set(parent, []);
    byBroader.get(parent).push(c);
  }
  const items = parent => (byBroader.get(parent) || []).map(c => {
    const li = choice('checkbox', id, `${id}-${slug(c.value)}`, c.value, selected.includes(c.value), pick(c.label), pick(c.help),
      on => app.change(() => toggle(node, key, c.value, on)), extraLabel(c));
    const children = items(c.iri);
    if (children.length) li.append(el('ul', { class: 'choices nested' }, children));
    return li;
  });
  // a value the graph does not know (from a loaded profile) is shown, so that it can be removed
  const known = new Set(choices.map(c => c.value));
  const unknown = selected.filter(v => typeof v === 'string' && !known.has(v)).map(v =>
    choice('checkbox', id, `${id}-${slug(v)}`, v, true, { text: v, lang: undefined }, { text: t('field.unknownValue'), lang: undefined },
      on => app.change(() => toggle(node, key, v, on))));
  return group(app, node, key, id, [...items(null), ...unknown]);
}

/** At most one value of a controlled list, or none (size). */
export function selectField(app, node, key, id) {
  const { label, help } = describe(app, key);
  const { helpEl, errorEl, describedBy } = frame(id, help);
  const select = el('select', { id, name: id, attrs: { 'aria-describedby': describedBy },
    on: { change: () => app.change(() => setValue(node, key, select.value)) } },
    el('option', { value: '' }, t('field.notGiven')),
    app.vocabulary.choicesOf(key).map(c => el('option', { value: c.value, selected: node[key] === c.value, lang: pick(c.label).lang }, pick(c.label).text)));
  register(app, node, key, id, [select], errorEl);
  return el('div', { class: 'field' }, el('label', { htmlFor: id }, labelText(label)), helpEl, select, errorEl);
}

/** A boolean fact, yes / no / not known: not known leaves it out, and the engine says what it could not decide. */
export function yesNoField(app, node, key, id) {
  const current = asBool(node[key]);
  const options = [['true', true], ['false', false], ['unknown', undefined]].map(([value, bool]) =>
    choice('radio', id, `${id}-${value}`, value, current === bool, { text: t(`answer.${value}`) }, null,
      on => on && app.change(() => setValue(node, key, bool))));
  return group(app, node, key, id, options);
}

/** The activities, nested, each with the roles it alone gives under the guideline's role rules. */
export function activitiesField(app, node, id) {
  const activities = app.vocabulary.activities.map(a => ({ ...a, notation: undefined }));
  return checkboxField(app, node, 'activities', id, activities, a => a.roles.length
    ? el('span', { class: 'roles' }, ' → ', a.roles.map(r => pick(r.label).text).join('・'))
    : null);
}

/** External tools the system acts on, each a name (an aigb:ExternalSystem). */
export function toolsField(app, node, id, rerender) {
  const key = 'actsOn';
  const { label, help } = describe(app, key);
  const { helpEl, errorEl } = frame(id, help);
  const tools = asList(node[key]);
  const lang = app.lang();
  const rows = tools.map((tool, i) => {
    const inputId = `${id}-${i}`;
    const toolLang = shownLang(tool.name, lang);
    const input = el('input', { id: inputId, type: 'text', name: inputId, lang: toolLang, value: textOf(tool.name, toolLang),
      on: { input: () => app.change(() => setText(tool, 'name', toolLang, input.value)), blur: () => app.touch(node.id, key) } });
    const remove = el('button', { type: 'button', class: 'secondary', id: `${inputId}-remove`,
      on: { click: () => app.change(() => { node[key] = tools.filter(x => x !== tool); if (!node[key].length) delete node[key]; }, { rerender: true, focus: `${id}-add` }) } },
      t('tool.remove'), el('span', { class: 'visually-hidden' }, ` ${i + 1}`));
    return el('li', { class: 'tool' }, el('label', { htmlFor: inputId }, t('tool.name', { n: i + 1 })), input, remove);
  });
  const add = el('button', { type: 'button', id: `${id}-add`, class: 'secondary',
    on: { click: () => app.change(() => { node[key] = [...tools, { type: 'ExternalSystem', name: {} }]; }, { rerender: true, focus: `${id}-${tools.length}` }) } },
    t('tool.add'));
  const fieldset = el('fieldset', { id, class: 'field', attrs: { 'aria-describedby': helpEl ? `${id}-hint` : undefined } },
    el('legend', {}, labelText(label)), helpEl, el('ul', { class: 'tools' }, rows), add, errorEl);
  register(app, node, key, id, [...fieldset.querySelectorAll('input')], errorEl, fieldset);
  return fieldset;
}

/** Application areas: the Annex III areas, each with its points, titles from the graph. */
export function annexField(app, node, id) {
  const key = 'applicationAreas';
  const { label, help } = describe(app, key);
  const { helpEl, errorEl } = frame(id, help);
  const selected = asList(node[key]);
  const areas = app.vocabulary.areas.map(area => {
    const chosen = [area, ...area.points].filter(x => selected.includes(x.value)).length;
    const options = [
      choice('checkbox', id, `${id}-${slug(area.value)}`, area.value, selected.includes(area.value), { text: t('area.whole') }, null,
        on => app.change(() => toggle(node, key, area.value, on))),
      ...area.points.map(p => choice('checkbox', id, `${id}-${slug(p.value)}`, p.value, selected.includes(p.value),
        { text: `${p.notation ?? p.value} ${pick(p.label).text}`, lang: pick(p.label).lang }, null,
        on => app.change(() => toggle(node, key, p.value, on)))),
    ];
    const summary = el('summary', {}, el('span', { lang: pick(area.label).lang }, `${area.notation ?? area.value} ${pick(area.label).text}`),
      chosen ? el('span', { class: 'count' }, ` (${chosen})`) : null);
    return el('details', { open: chosen > 0 }, summary,
      area.help ? el('p', { class: 'hint', lang: pick(area.help).lang }, pick(area.help).text) : null,
      el('ul', { class: 'choices' }, options));
  });
  const known = new Set(app.vocabulary.areas.flatMap(a => [a.value, ...a.points.map(p => p.value)]));
  const unknown = selected.filter(v => typeof v === 'string' && !known.has(v)).map(v =>
    choice('checkbox', id, `${id}-${slug(v)}`, v, true, { text: v }, { text: t('field.unknownValue') }, on => app.change(() => toggle(node, key, v, on))));
  const fieldset = el('fieldset', { id, class: 'field', attrs: { 'aria-describedby': helpEl ? `${id}-hint` : undefined } },
    el('legend', {}, labelText(label)), helpEl, areas, unknown.length ? el('ul', { class: 'choices' }, unknown) : null, errorEl);
  register(app, node, key, id, [...fieldset.querySelectorAll('input')], errorEl, fieldset);
  return fieldset;
}
