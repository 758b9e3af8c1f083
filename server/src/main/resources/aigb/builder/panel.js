// Live feedback: after each change (debounced), the profile goes to POST /profiles/obligations as JSON-LD,
// and the side panel shows what the guideline makes of it: the roles and why, the facts still missing for an
// item to be decided (each a question, with a way to answer it), and the count of items by status. A
// profile with violations gets them listed instead, each tied to its field where the form asks it.

import { el, replace } from './dom.js';
import { t, pick } from './i18n.js';
import { asList, exportDoc } from './profile.js';

/**
 * A system the answer names: its key in the answer's table of systems ({iri?, label}, written once
 * however often it is named), or the system itself when the answer wrote it in full.
 */
const systemOf = (d, ref) => (typeof ref === 'string' ? d.systems?.[ref] : ref) ?? null;

/** A violation as a list item: where it is, what it says, and a button to its question where the form asks it. */
export function problem(app, result) {
  const message = pick(result.message);
  const target = app.fieldForResult(result);
  const where = app.nodeTitle(result.focusNode);
  return el('li', {}, where ? el('strong', {}, t('panel.where', { where })) : null, el('span', { lang: message.lang }, message.text),
    target ? [' ', el('button', { type: 'button', class: 'link', on: { click: () => app.focusField(target) } }, t('panel.goToField'))] : null);
}

export class Checker {
  constructor(app, panel) {
    this.app = app;
    this.panel = panel;
    this.timer = null;
    this.sequence = 0;
    this.result = null;      // the last answer
    this.derivation = null;  // the last answer for a conforming profile
    this.stale = true;       // the derivation is older than the answers
    this.status = 'checking';
    this.error = null;
  }

  schedule(delay = 450) {
    clearTimeout(this.timer);
    this.stale = true;
    this.sequence++; // an answer already on its way is for older answers: it will not be shown
    this.panel.dataset.pending = 'true'; // until the answer for the latest change is shown
    this.timer = setTimeout(() => this.run(), delay);
  }

  async run() {
    // An earlier check still on its way is not aborted (the server has done the work by then, and a
    // connection cut mid-answer is only noise in its log): its answer is ignored when it comes.
    const sequence = ++this.sequence;
    this.setStatus('checking');
    try {
      const response = await fetch('/profiles/obligations', {
        method: 'POST',
        headers: { 'Content-Type': 'application/ld+json', Accept: 'application/json' },
        body: JSON.stringify(exportDoc(this.app.state.doc)),
      });
      const body = await response.json().catch(() => null);
      if (sequence !== this.sequence) return;
      if (!response.ok || !body) {
        this.error = body?.message ?? t('error.http', { status: response.status });
        this.status = 'error';
      } else {
        this.result = body;
        this.error = null;
        if (body.conforms) {
          this.derivation = body;
          this.stale = false;
        }
        this.status = body.conforms ? 'done' : 'problems';
      }
    } catch (e) {
      if (sequence !== this.sequence) return;
      this.error = t('error.network');
      this.status = 'error';
    }
    this.render();
    this.app.onResult();
    this.panel.dataset.pending = 'false';
  }

  setStatus(status) {
    this.status = status;
    const line = this.panel.querySelector('#panel-status');
    if (line) line.textContent = this.statusText();
  }

  statusText() {
    if (this.status === 'checking') return t('panel.checking');
    if (this.status === 'error') return t('panel.failed', { message: this.error });
    if (this.status === 'problems') return t('panel.problems', { n: asList(this.result?.validation?.results).filter(r => r.severity === 'Violation').length });
    return t('panel.upToDate');
  }

  render() {
    const d = this.derivation;
    replace(this.panel,
      el('h2', { id: 'panel-heading' }, t('panel.heading')),
      el('p', { id: 'panel-status', class: `status ${this.status}`, role: 'status' }, this.statusText()),
      this.problems(),
      d && this.stale && this.status !== 'checking' ? el('p', { class: 'notice' }, t('panel.stale')) : null,
      d ? [this.roles(d), this.questions(d), this.summary(d)] : null);
    this.panel.hidden = false;
  }

  problems() {
    const results = asList(this.result?.validation?.results).filter(r => r.severity === 'Violation');
    if (this.result?.conforms !== false || !results.length) return null;
    return el('section', { id: 'panel-problems', attrs: { 'aria-labelledby': 'panel-problems-heading' } },
      el('h3', { id: 'panel-problems-heading' }, t('panel.problemsHeading')),
      el('ul', {}, results.map(r => problem(this.app, r))));
  }

  roles(d) {
    const roles = asList(d.roles);
    const statement = d.statement ? pick(d.statement) : null;
    return el('section', { id: 'panel-roles', attrs: { 'aria-labelledby': 'panel-roles-heading' } },
      el('h3', { id: 'panel-roles-heading' }, t('panel.roles')),
      roles.length ? el('ul', { class: 'roles' }, roles.map(role => el('li', { dataset: { role: role.code } },
        el('strong', { lang: pick(role.label).lang }, pick(role.label).text),
        asList(role.systems).length ? [' — ', asList(role.systems).map(s => pick(systemOf(d, s)?.label).text).join('、')] : null,
        el('ul', { class: 'reasons' }, asList(role.reasons).map(reason => el('li', {},
          el('span', { lang: pick(reason.rule?.label).lang }, pick(reason.rule?.label).text),
          asList(reason.activities).length ? [': ', asList(reason.activities).map(a => pick(a.label).text).join('、')] : null,
          asList(reason.systems).length ? [' @ ', asList(reason.systems).map(s => pick(systemOf(d, s)?.label).text).join('、')] : null,
          asList(reason.sections).length ? el('span', { class: 'muted' }, ` (${asList(reason.sections).map(s => s.code).join(', ')})`) : null)))))) 
        : el('p', {}, t('panel.noRoles')),
      statement?.text ? el('p', { class: 'hint', lang: statement.lang }, statement.text) : null);
  }

  /** Each missing fact of each system, once, as a question; the items it leaves undecided under it. */
  questions(d) {
    const byFact = new Map();
    for (const u of asList(d.undecided))
      for (const system of asList(u.systems).length ? asList(u.systems).map(s => systemOf(d, s)) : [null])
        for (const fact of asList(u.missingFacts)) {
          const key = `${system?.iri ?? ''}|${fact.iri}`;
          if (!byFact.has(key)) byFact.set(key, { system, fact, codes: [] });
          byFact.get(key).codes.push(u.code);
        }
    const questions = [...byFact.values()];
    return el('section', { id: 'panel-questions', attrs: { 'aria-labelledby': 'panel-questions-heading' } },
      el('h3', { id: 'panel-questions-heading' }, t('panel.questions', { n: questions.length })),
      questions.length ? el('ul', { class: 'questions' }, questions.map(q => {
        const term = this.app.vocabulary.term(q.fact.iri);
        const fact = pick(term?.label ?? q.fact.label);
        const help = term?.help ? pick(term.help) : null;
        const target = this.app.fieldFor(q.system?.iri, this.app.vocabulary.keyOf(q.fact.iri));
        return el('li', { dataset: { fact: q.fact.iri, system: q.system?.iri ?? '' } },
          el('p', { class: 'question' }, q.system ? t('panel.question', { system: pick(q.system.label).text, fact: fact.text }) : t('panel.questionOrg', { fact: fact.text })),
          help ? el('p', { class: 'hint', lang: help.lang }, help.text) : null,
          el('p', { class: 'muted' }, t('panel.undecidedItems', { codes: [...new Set(q.codes)].join(', ') })),
          target ? el('button', { type: 'button', class: 'secondary', on: { click: () => this.app.focusField(target) } }, t('panel.answer')) : null);
      })) : el('p', {}, t('panel.noQuestions')));
  }

  summary(d) {
    const s = d.summary || {};
    const label = value => pick(this.app.vocabulary.obligationStatus(value)?.label).text || value;
    const rows = [[t('summary.applicable'), s.applicable], [label('addressed'), s.addressed], [label('planned'), s.planned],
      [label('not-applicable'), s.notApplicable], [label('gap'), s.gap], [t('summary.undecided'), s.undecided]];
    return el('section', { id: 'panel-summary', attrs: { 'aria-labelledby': 'panel-summary-heading' } },
      el('h3', { id: 'panel-summary-heading' }, t('panel.summary')),
      el('dl', { class: 'summary' }, rows.map(([name, n]) => [el('dt', {}, name), el('dd', {}, String(n ?? 0))])));
  }
}
