// The two questionnaire steps about facts: the organisation, and each AI system with what the
// organisation does with it. Which questions are asked is written here; what they say and offer is not.

import { el } from './dom.js';
import { t, pick } from './i18n.js';
import { asList, newSystem, textOf } from './profile.js';
import { nameFields, radioField, checkboxField, selectField, textField, yesNoField, activitiesField, toolsField, annexField, describe } from './fields.js';

export function renderOrganisation(app) {
  const org = app.state.doc;
  return el('section', { attrs: { 'aria-labelledby': 'step-heading' } },
    el('h2', { id: 'step-heading', tabIndex: -1 }, t('step.organisation')),
    el('p', { class: 'intro' }, t('organisation.intro')),
    el('div', { class: 'node-error', id: 'org-node-error', hidden: true }),
    nameFields(app, org, 'org-name', 'field.orgName'),
    radioField(app, org, 'kind', 'org-kind'),
    checkboxField(app, org, 'sectors', 'org-sectors'),
    selectField(app, org, 'size', 'org-size'),
    textField(app, org, 'corporateNumber', 'org-corporateNumber', { inputmode: 'numeric', spellcheck: false }));
}

/** The heading of a system: its number, and its name as typed so far. */
function systemTitle(system, index) {
  const name = pick({ ja: textOf(system.name, 'ja'), en: textOf(system.name, 'en') }).text;
  return name ? t('system.titleNamed', { n: index + 1, name }) : t('system.title', { n: index + 1 });
}

export function renderSystems(app) {
  const doc = app.state.doc;
  const systems = asList(doc.aiSystems);
  const classTerm = describe(app, 'aigb:AISystem', 'step.systems');
  const sections = systems.map((system, i) => {
    const id = `sys${i}`;
    const heading = el('h3', { id: `${id}-heading`, tabIndex: -1 }, systemTitle(system, i));
    const remove = systems.length > 1 ? el('button', { type: 'button', class: 'secondary', id: `${id}-remove`,
      on: { click: () => app.change(() => { doc.aiSystems = systems.filter(s => s !== system); }, { rerender: true, focus: 'add-system' }) } },
      t('system.remove', { n: i + 1 })) : null;
    return el('section', { class: 'system', id, dataset: { systemIndex: String(i) }, attrs: { 'aria-labelledby': `${id}-heading` } },
      heading,
      el('div', { class: 'node-error', id: `${id}-node-error`, hidden: true }),
      nameFields(app, system, `${id}-name`, 'field.systemName', () => { heading.textContent = systemTitle(system, i); }),
      activitiesField(app, system, `${id}-activities`),
      checkboxField(app, system, 'aiTypes', `${id}-aiTypes`),
      checkboxField(app, system, 'userGroups', `${id}-userGroups`),
      toolsField(app, system, `${id}-actsOn`),
      yesNoField(app, system, 'hasPhysicalActuation', `${id}-hasPhysicalActuation`),
      yesNoField(app, system, 'processesPersonalData', `${id}-processesPersonalData`),
      annexField(app, system, `${id}-applicationAreas`),
      yesNoField(app, system, 'isAdvancedAISystem', `${id}-isAdvancedAISystem`),
      textField(app, system, 'systemProvider', `${id}-systemProvider`),
      remove);
  });
  const add = el('button', { type: 'button', id: 'add-system',
    on: { click: () => app.change(() => { doc.aiSystems = [...systems, newSystem()]; }, { rerender: true, focus: `sys${systems.length}-heading` }) } },
    t('system.add'));
  return el('section', { attrs: { 'aria-labelledby': 'step-heading' } },
    el('h2', { id: 'step-heading', tabIndex: -1 }, t('step.systems')),
    classTerm.help ? el('p', { class: 'intro', lang: classTerm.help.lang }, classTerm.help.text) : null,
    el('p', { class: 'intro' }, t('systems.intro')),
    sections, add);
}

/** The JSON keys each step asks about, for the organisation and for a system. */
export function askedKeys(step) {
  return step === 'organisation' ? ['name', 'kind', 'sectors', 'size', 'corporateNumber']
    : step === 'systems' ? ['name', 'activities', 'aiTypes', 'userGroups', 'actsOn', 'hasPhysicalActuation', 'processesPersonalData',
      'applicationAreas', 'isAdvancedAISystem', 'systemProvider'] : [];
}

/** Where each node of the profile is asked about: the organisation, or the n-th system. */
export function nodePrefix(app, iri) {
  if (iri === app.state.doc.id) return { step: 'organisation', prefix: 'org' };
  const i = asList(app.state.doc.aiSystems).findIndex(s => s.id === iri);
  return i >= 0 ? { step: 'systems', prefix: `sys${i}` } : null;
}
