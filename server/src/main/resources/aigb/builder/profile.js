// The profile being built, kept as the JSON-LD document it will be downloaded as (the shape of the
// README's example, with the published context). Keys the form does not ask about (departments, models,
// RAG sources, contact point, ...) are kept as they were loaded: editing never loses them.

import { CONTEXT_IRI } from './vocabulary.js';

/** A new IRI for a node the form creates: a random UUID (version 4), which needs no namespace of the person's. */
export function mintIri() {
  const b = new Uint8Array(16);
  crypto.getRandomValues(b);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map(x => x.toString(16).padStart(2, '0')).join('');
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export function newDoc() {
  return { '@context': CONTEXT_IRI, id: mintIri(), type: 'Organization', aiSystems: [newSystem()] };
}

export function newSystem() {
  return { id: mintIri(), type: 'AISystem' };
}

export function newMeasure(addresses, status) {
  return { id: mintIri(), type: 'DeclaredMeasure', addresses, status };
}

/** A JSON-LD value as a list: one value or an array. */
export function asList(value) {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** A JSON-LD boolean (a JSON boolean, or a value object) as true, false or undefined. */
export function asBool(value) {
  const v = value !== null && typeof value === 'object' && '@value' in value ? value['@value'] : value;
  if (v === true || v === 'true') return true;
  if (v === false || v === 'false') return false;
  return undefined;
}

/** The text of a language map ({ja, en}) in one language, or ''. */
export function textOf(map, lang) {
  if (!map || typeof map !== 'object') return '';
  const v = map[lang];
  return Array.isArray(v) ? v.join(' ') : (v ?? '');
}

/** The language a language map shows a text in: the wanted one if it has it, else the first it has. */
export function shownLang(map, wanted) {
  if (map && typeof map === 'object' && !map[wanted]) {
    const other = Object.keys(map).find(k => map[k] && !k.startsWith('@'));
    if (other) return other;
  }
  return wanted;
}

/** Sets one language of a language map on obj[key]; an empty text removes that language, an empty map the key. */
export function setText(obj, key, lang, text) {
  const map = obj[key] && typeof obj[key] === 'object' && !Array.isArray(obj[key]) ? { ...obj[key] } : {};
  if (text.trim()) map[lang] = text; else delete map[lang];
  if (Object.keys(map).length) obj[key] = map; else delete obj[key];
}

/** Adds or removes a value of a list-valued key; an empty list removes the key. */
export function toggle(obj, key, value, on) {
  const list = asList(obj[key]).filter(v => v !== value);
  if (on) list.push(value);
  if (list.length) obj[key] = list; else delete obj[key];
}

/** Sets or removes (undefined, '') a single value. */
export function setValue(obj, key, value) {
  if (value === undefined || value === '' || value === null) delete obj[key]; else obj[key] = value;
}

/**
 * The document as sent and downloaded: a deep copy with its context, without empty strings, lists or
 * maps left by editing (a name field cleared, a tool added and not named).
 */
export function exportDoc(doc) {
  const copy = prune(structuredClone(doc));
  copy['@context'] = doc['@context'] || CONTEXT_IRI;
  return copy;
}

function prune(value) {
  if (Array.isArray(value)) return value.map(prune).filter(v => !isEmpty(v));
  if (value && typeof value === 'object') {
    const out = {};
    for (const [k, v] of Object.entries(value)) {
      const p = prune(v);
      if (!isEmpty(p)) out[k] = p;
    }
    // an external tool or data source with no name left says nothing
    if ((out.type === 'ExternalSystem') && !out.name && Object.keys(out).every(k => k === 'type')) return {};
    return out;
  }
  return typeof value === 'string' ? (value.trim() ? value : '') : value;
}

function isEmpty(v) {
  return v === '' || v === undefined || v === null || (Array.isArray(v) && !v.length)
    || (typeof v === 'object' && !Array.isArray(v) && !Object.keys(v).length);
}

/** The organisation-wide measures for a guideline resource (by its IRI, or its code). */
export function measuresFor(doc, vocabulary, iri, code) {
  return asList(doc.measures).filter(m => matches(m, vocabulary, iri, code));
}

/** The measures declared on single systems for a guideline resource: [{system, measure}]. */
export function systemMeasuresFor(doc, vocabulary, iri, code) {
  const out = [];
  for (const system of asList(doc.aiSystems))
    for (const measure of asList(system.measures))
      if (matches(measure, vocabulary, iri, code)) out.push({ system, measure });
  return out;
}

function matches(measure, vocabulary, iri, code) {
  const addresses = typeof measure.addresses === 'object' && measure.addresses ? measure.addresses.id : measure.addresses;
  return (addresses && vocabulary.expand(addresses) === iri) || (code && measure.code === code);
}

/** Today's date as xsd:date in local time, for dcterms:modified. */
export function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A file name from the organisation's name (ASCII letters and digits), or 'profile'. */
export function fileBase(doc) {
  const name = doc.name && typeof doc.name === 'object' ? (doc.name.en || '') : '';
  const slug = name.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40);
  return slug || 'profile';
}
