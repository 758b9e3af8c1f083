// What the form asks and offers, all from the server: the knowledge graph's answers to the form queries
// (/profiles/vocabulary: terms with their labels and definitions, the choices of each controlled list,
// the activities, the Annex III areas and points) and the profile's JSON-LD context (/context/profile.jsonld),
// which says which property each JSON key of a profile stands for. The page's code names JSON keys only.

export const CONTEXT_IRI = 'https://w3id.org/aigb/context/profile.jsonld';

export async function loadVocabulary() {
  const [vocabulary, context] = await Promise.all([getJson('/profiles/vocabulary'), getJson('/context/profile.jsonld')]);
  return new Vocabulary(vocabulary, context['@context']);
}

async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

/** The first row of each key, in order: queries give one row per combination of multi-valued columns. */
function groupBy(rows, key) {
  const groups = new Map();
  for (const row of rows) {
    const k = row[key];
    if (!groups.has(k)) groups.set(k, { first: row, rows: [] });
    groups.get(k).rows.push(row);
  }
  return [...groups.values()];
}

class Vocabulary {
  constructor(rows, context) {
    this.context = context;
    this.terms = new Map((rows.terms || []).map(r => [r.term, r]));
    this.choices = new Map();
    for (const { first, rows: all } of groupBy(rows.choices || [], 'option')) {
      const list = this.choices.get(first.list) || [];
      list.push({ iri: first.option, value: first.value, notation: first.notation, broader: first.broader,
        label: first.label, help: first.help, rows: all });
      this.choices.set(first.list, list);
    }
    this.activities = groupBy(rows.activities || [], 'activity').map(({ first, rows: all }) => ({
      iri: first.activity, value: first.value, broader: first.broader, label: first.label, help: first.help,
      roles: all.filter(r => r.role).map(r => ({ iri: r.role, label: r.roleLabel })),
    }));
    this.areas = groupBy(rows['annex-iii'] || [], 'area').map(({ first, rows: all }) => ({
      iri: first.area, value: first.value, notation: first.notation, label: first.label, help: first.help,
      points: groupBy(all.filter(r => r.point), 'point').map(({ first: p }) => ({
        iri: p.point, value: p.pointValue, notation: p.pointNotation, label: p.pointLabel })),
    }));
  }

  /** A compact IRI ('aigb:hasActivity') or term ('name') of the context, expanded. */
  expand(value) {
    if (typeof value !== 'string') return value;
    const definition = this.context[value];
    if (definition !== undefined) return this.expand(typeof definition === 'string' ? definition : definition['@id']);
    const colon = value.indexOf(':');
    if (colon > 0) {
      const prefix = this.context[value.slice(0, colon)];
      if (typeof prefix === 'string' && !value.slice(colon + 1).startsWith('//')) return prefix + value.slice(colon + 1);
    }
    return value;
  }

  /** The property a JSON key of a profile stands for. */
  propertyOf(key) {
    return this.expand(key);
  }

  /** The JSON key of a property IRI, or null. */
  keyOf(property) {
    if (!this.keys) {
      this.keys = new Map();
      for (const [key, definition] of Object.entries(this.context)) {
        const id = typeof definition === 'string' ? definition : definition?.['@id'];
        // keywords, and prefixes (a namespace, not a property) are not keys of a profile
        if (key.startsWith('@') || !id || id.startsWith('@') || /[/#]$/.test(id)) continue;
        this.keys.set(this.expand(key), key);
      }
    }
    return this.keys.get(property) ?? null;
  }

  /** The label and definition of a term: the property a JSON key stands for, or an IRI. */
  term(keyOrIri) {
    const iri = keyOrIri.includes(':') ? this.expand(keyOrIri) : this.propertyOf(keyOrIri);
    return this.terms.get(iri) || null;
  }

  /** The choices of the list a JSON key (or a class IRI) takes. */
  choicesOf(keyOrIri) {
    const iri = keyOrIri.includes(':') ? this.expand(keyOrIri) : this.propertyOf(keyOrIri);
    return this.choices.get(iri) || [];
  }

  /** The obligation statuses (addressed, planned, not applicable, gap) by value. */
  obligationStatus(value) {
    return this.choicesOf('aigb:ObligationStatus').find(c => c.value === value) || null;
  }
}
