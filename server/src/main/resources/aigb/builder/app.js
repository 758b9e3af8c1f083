// The guided profile builder: a questionnaire in five steps whose questions, choices and help come from
// the knowledge graph, a side panel that shows what the guideline makes of the answers as they change,
// and the profile kept in this browser until the person clears it; a sixth step, Submit, where the page
// says that this server's registry accepts submissions.

import { el, replace, setToken } from './dom.js';
import * as i18n from './i18n.js';
import { t } from './i18n.js';
import * as store from './store.js';
import { loadVocabulary } from './vocabulary.js';
import { asList, textOf } from './profile.js';
import { Checker } from './panel.js';
import { renderStart } from './start.js';
import { renderOrganisation, renderSystems, nodePrefix, askedKeys } from './form.js';
import { renderMeasures, showDerived } from './measures.js';
import { renderResults } from './results.js';
import { renderSubmit, drawSubmit, forgetToken } from './submit.js';

const STEPS = ['start', 'organisation', 'systems', 'measures', 'results'];
const RENDER = { start: renderStart, organisation: renderOrganisation, systems: renderSystems, measures: renderMeasures, results: renderResults,
  submit: renderSubmit };

/** Where each field is: `${node IRI}|${JSON key}` → {id, targets, errorEl, group}, filled as a step is drawn. */
class Fields {
  constructor() { this.map = new Map(); }
  clear() { this.map.clear(); }
  register(node, key, field) { this.map.set(`${node}|${key}`, { ...field, node, key }); }
  get(node, key) { return this.map.get(`${node}|${key}`) || null; }
  all() { return [...this.map.values()]; }
}

class App {
  constructor(vocabulary, main, panel) {
    this.vocabulary = vocabulary;
    this.main = main;
    this.fields = new Fields();
    this.measureRows = new Map();
    this.state = store.load() || store.fresh();
    this.savedOk = true;
    this.checker = new Checker(this, panel);
    // where the registry accepts submissions, as the page states it (absent: no Submit step)
    this.submissions = main.dataset.submissions || null;
    this.steps = this.submissions ? [...STEPS, 'submit'] : STEPS;
    if (!this.steps.includes(this.state.step)) this.state.step = 'results';
    this.refusal = null; // the violations the registry last refused the answers for, until they change
  }

  lang() { return i18n.currentLang(); }

  save() {
    this.savedOk = store.save(this.state);
    const notice = document.getElementById('saved');
    const text = this.savedOk ? t('saved.ok') : t('saved.failed');
    if (notice && notice.textContent !== text) notice.textContent = text; // a status is announced when it changes only
  }

  /** Applies a change to the profile, keeps it, and asks for a new check; redraws the step when the form's shape changed. */
  change(mutate, options = {}) {
    mutate();
    this.refusal = null;
    this.save();
    this.checker.schedule();
    if (options.rerender) this.renderStep(options.focus);
  }

  touch(node, key) {
    const k = `${node}|${key}`;
    if (!this.state.touched.includes(k)) {
      this.state.touched.push(k);
      this.save();
      this.showFieldErrors();
    }
  }

  lastDerivation() { return this.checker.derivation; }
  derivationIsStale() { return this.checker.result && this.checker.result.conforms === false; }

  render() {
    document.documentElement.lang = this.lang();
    document.title = `${t('title')} — aigb`;
    const other = i18n.otherLang();
    const nav = el('nav', { class: 'steps', attrs: { 'aria-label': t('steps.label') } },
      el('ol', {}, this.steps.map((step, i) => el('li', {}, el('button', {
        type: 'button', id: `step-${step}`, class: 'step',
        attrs: { 'aria-current': this.state.step === step ? 'step' : undefined },
        on: { click: () => this.goTo(step) },
      }, el('span', { class: 'number' }, `${i + 1}`), ' ', t(`step.${step}`))))));
    this.content = el('div', { id: 'step' });
    const steps = this.steps;
    const index = steps.indexOf(this.state.step);
    this.previous = el('button', { type: 'button', id: 'previous', class: 'secondary', hidden: index === 0,
      on: { click: () => this.goTo(steps[Math.max(0, steps.indexOf(this.state.step) - 1)]) } }, t('nav.previous'));
    this.next = el('button', { type: 'button', id: 'next', hidden: index === steps.length - 1,
      on: { click: () => this.goTo(steps[Math.min(steps.length - 1, steps.indexOf(this.state.step) + 1)], { leaving: true }) } }, t('nav.next'));
    replace(this.main,
      el('div', { class: 'title-row' },
        el('h1', {}, t('title')),
        el('button', { type: 'button', id: 'language', class: 'secondary', lang: other,
          attrs: { 'aria-label': t('language.switch', {}, other) }, on: { click: () => this.switchLanguage() } }, t(`language.${other}`, {}, other))),
      el('p', { class: 'intro' }, t('intro')),
      el('p', { id: 'saved', class: 'muted', role: 'status' }, this.savedOk ? t('saved.ok') : t('saved.failed')),
      nav, this.content,
      el('div', { class: 'step-buttons' }, this.previous, ' ', this.next));
    this.main.removeAttribute('aria-busy');
    this.renderStep();
    this.checker.render();
  }

  /** Draws the current step; focuses the element `focus` names, if any. */
  renderStep(focus) {
    this.fields.clear();
    this.measureRows.clear();
    replace(this.content, RENDER[this.state.step](this));
    const index = this.steps.indexOf(this.state.step);
    this.previous.hidden = index === 0;
    this.next.hidden = index === this.steps.length - 1;
    for (const step of this.steps) {
      const b = document.getElementById(`step-${step}`);
      if (step === this.state.step) b.setAttribute('aria-current', 'step'); else b.removeAttribute('aria-current');
    }
    this.renderedItems = this.itemKeys();
    this.showFieldErrors();
    if (focus) document.getElementById(focus)?.focus();
  }

  goTo(step, options = {}) {
    if (options.leaving && !this.state.left?.includes(this.state.step)) this.state.left = [...(this.state.left || []), this.state.step];
    this.state.step = step;
    this.save();
    this.renderStep('step-heading');
    window.scrollTo(0, 0);
  }

  switchLanguage() {
    i18n.setLang(i18n.otherLang());
    this.render();
    document.getElementById('language').focus();
  }

  /** A new profile (loaded): the previous one is kept for undo, and every field shows its problems at once. */
  replaceDoc(doc) {
    store.keepPrevious(this.state);
    this.state.doc = doc;
    this.state.touched = [];
    this.state.left = this.steps.slice();
    this.refusal = null;
    this.save();
    this.checker.schedule(0);
  }

  undoLoad() {
    const previous = store.previous();
    if (!previous) return;
    this.state.doc = previous;
    this.refusal = null;
    store.forgetPrevious();
    this.save();
    this.checker.schedule(0);
  }

  clearAll() {
    store.clear();
    forgetToken();
    this.refusal = null;
    this.state = store.fresh();
    this.save();
    this.render();
    this.checker.schedule(0);
    document.getElementById('step-heading')?.focus();
  }

  /** The field a validation result is about: by node and property, else by node and the value it names. */
  fieldForResult(result) {
    const key = result.path ? this.vocabulary.keyOf(result.path) : null;
    if (key) {
      const field = this.fieldFor(result.focusNode, key);
      if (field) return field;
    }
    if (result.value !== undefined) {
      const value = String(result.value);
      const node = this.nodeByIri(result.focusNode);
      if (node) for (const [k, v] of Object.entries(node))
        if (asList(v).some(x => String(x) === value) && this.fieldFor(result.focusNode, k)) return this.fieldFor(result.focusNode, k);
    }
    const measure = this.fields.get(result.focusNode, 'measure');
    if (measure) return measure;
    const where = nodePrefix(this, result.focusNode);
    return where ? { step: where.step, id: `${where.prefix}-node-error`, nodeLevel: true, node: result.focusNode } : null;
  }

  /** What a node of the profile is called on the page: the organisation, AI system n, or a measure. */
  nodeTitle(iri) {
    if (iri === this.state.doc.id) return t('step.organisation');
    const i = asList(this.state.doc.aiSystems).findIndex(s => s.id === iri);
    if (i >= 0) return t('system.title', { n: i + 1 });
    return asList(this.state.doc.measures).some(m => m.id === iri) ? t('step.measures') : null;
  }

  nodeByIri(iri) {
    if (iri === this.state.doc.id) return this.state.doc;
    return asList(this.state.doc.aiSystems).find(s => s.id === iri) || asList(this.state.doc.measures).find(m => m.id === iri) || null;
  }

  /** Where a property of a node is asked: {step, id} (the step may not be drawn). */
  fieldFor(nodeIri, key) {
    if (!key) return null;
    const where = nodePrefix(this, nodeIri ?? this.state.doc.id);
    if (!where || !askedKeys(where.step).includes(key)) return null;
    const ids = { name: `${where.prefix}-name` };
    return { step: where.step, id: ids[key] || `${where.prefix}-${key}`, node: nodeIri, key };
  }

  /** Shows a field: its step, then the field, with focus on its first control. */
  focusField(target) {
    if (this.state.step !== target.step) this.goTo(target.step);
    const element = document.getElementById(target.id);
    if (!element) return;
    element.scrollIntoView({ block: 'center' });
    const control = element.matches('input, select, textarea') ? element : element.querySelector('input, select, textarea, button');
    (control || element).focus();
  }

  /** The violations of the last check, at their fields (those touched, or of steps already left) and nodes. */
  showFieldErrors() {
    for (const f of this.fields.all()) {
      f.errorEl.hidden = true;
      f.errorEl.replaceChildren();
      for (const target of f.targets) { target.removeAttribute('aria-invalid'); setToken(target, 'aria-describedby', f.errorEl.id, false); }
      if (f.group) setToken(f.group, 'aria-describedby', f.errorEl.id, false);
    }
    for (const n of this.content?.querySelectorAll('.node-error') || []) { n.hidden = true; n.replaceChildren(); }
    const result = this.checker.result;
    const live = result?.conforms === false ? asList(result.validation?.results).filter(x => x.severity === 'Violation') : [];
    const said = new Set(live.map(r => `${r.focusNode}|${r.path}|${i18n.pick(r.message).text}`));
    const refused = asList(this.refusal).filter(r => !said.has(`${r.focusNode}|${r.path}|${i18n.pick(r.message).text}`));
    for (const r of [...live, ...refused]) {
      const target = this.fieldForResult(r);
      if (!target || target.step !== this.state.step) continue;
      const message = i18n.pick(r.message);
      const line = el('span', { lang: message.lang }, message.text);
      if (target.nodeLevel) {
        const box = document.getElementById(target.id);
        if (box) { box.append(el('p', { class: 'error' }, line)); box.hidden = false; }
        continue;
      }
      const field = this.fields.get(target.node, target.key) || this.fields.all().find(f => f.id === target.id);
      if (!field) continue;
      const shown = refused.includes(r) || this.state.touched.includes(`${field.node}|${field.key}`) || (this.state.left || []).includes(this.state.step)
        || asList(this.nodeByIri(field.node)?.[field.key]).length > 0;
      if (!shown) continue;
      if (field.errorEl.childNodes.length) field.errorEl.append(' ');
      field.errorEl.append(line);
      field.errorEl.hidden = false;
      for (const target of field.targets) { target.setAttribute('aria-invalid', 'true'); setToken(target, 'aria-describedby', field.errorEl.id, true); }
      if (field.group) setToken(field.group, 'aria-describedby', field.errorEl.id, true);
    }
  }

  itemKeys() {
    const d = this.checker.derivation;
    const items = d ? asList(d.items).flatMap(i => [i.iri, ...asList(i.notes).map(n => n.iri)]).join(' ') : '';
    return `${this.checker.result?.conforms}|${items}`;
  }

  /** A new answer from the live check: errors at their fields; the measures and results steps follow the items. */
  onResult() {
    this.showFieldErrors();
    if (this.state.step === 'results') { this.renderStep(); return; }
    if (this.state.step === 'submit') { drawSubmit(this); return; }
    if (this.state.step !== 'measures') return;
    if (this.itemKeys() !== this.renderedItems && !this.content.contains(document.activeElement)) { this.renderStep(); return; }
    for (const item of asList(this.checker.derivation?.items)) {
      showDerived(this, item);
      for (const note of asList(item.notes)) showDerived(this, note);
    }
  }
}

async function start() {
  const main = document.getElementById('builder');
  const panel = document.getElementById('panel');
  i18n.initLang();
  try {
    const [, vocabulary] = await Promise.all([i18n.loadMessages('/profiles/new/messages.json'), loadVocabulary()]);
    const app = new App(vocabulary, main, panel);
    app.render();
    app.checker.schedule(0);
  } catch (e) {
    main.removeAttribute('aria-busy');
    replace(main, el('h1', {}, 'プロファイルの作成 / Build a profile'),
      el('p', { class: 'error', role: 'alert' }, `読み込めませんでした / Could not start: ${e.message}`));
  }
}

start();
