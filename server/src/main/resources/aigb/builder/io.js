// In and out: an existing profile loaded into the form (upload or paste; Turtle, JSON-LD, RDF/XML or
// N-Triples; the syntax detected), read by the server's own profile reader (POST /profiles/convert);
// the profile downloaded as JSON-LD (with the published context) or Turtle; the checklist downloaded as
// HTML, Markdown, JSON or CSV (POST /profiles/obligations, by Accept).

import { t } from './i18n.js';
import { asList, exportDoc, fileBase, mintIri, today } from './profile.js';

export const SYNTAXES = {
  ttl: 'text/turtle', jsonld: 'application/ld+json', rdf: 'application/rdf+xml', nt: 'application/n-triples',
};
const EXTENSIONS = { ttl: 'ttl', turtle: 'ttl', jsonld: 'jsonld', json: 'jsonld', rdf: 'rdf', owl: 'rdf', xml: 'rdf', nt: 'nt' };

/**
 * The syntax of a profile: from the file name's extension when it names one, else from the text itself
 * (JSON starts with { or [, RDF/XML with an XML declaration, a comment or an element with a prefix;
 * anything else is read as Turtle, which N-Triples is a part of).
 */
export function detectSyntax(text, fileName) {
  const ext = (fileName || '').toLowerCase().match(/\.([a-z]+)$/)?.[1];
  if (ext && EXTENSIONS[ext]) return EXTENSIONS[ext];
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return 'jsonld';
  if (/^<(\?xml|!--|!DOCTYPE|[A-Za-z_][\w.-]*:[\w.-]+[\s>/])/.test(start)) return 'rdf';
  return 'ttl';
}

/** An error answer of the server as one line: its message, with line and column when it has them. */
async function failure(response) {
  const body = await response.json().catch(() => null);
  if (!body) return { message: t('error.http', { status: response.status }) };
  return { message: body.message || body.code, line: body.line, column: body.column, code: body.code };
}

/**
 * Reads a profile through the server into the form's document: {doc, omitted} or {error}. The document
 * must describe one organisation; its systems get IRIs if they had none, so answers can be tied to them.
 */
export async function readProfile(text, syntax) {
  let response;
  try {
    response = await fetch('/profiles/convert', {
      method: 'POST', headers: { 'Content-Type': SYNTAXES[syntax], Accept: 'application/ld+json' }, body: text,
    });
  } catch (e) {
    return { error: { message: t('error.network') } };
  }
  if (!response.ok) return { error: await failure(response) };
  const doc = await response.json();
  const organisations = Array.isArray(doc['@graph']) ? doc['@graph'].length : (doc.type === 'Organization' ? 1 : 0);
  if (organisations !== 1 || Array.isArray(doc['@graph'])) return { error: { message: t('load.notOneOrganisation', { n: organisations }) } };
  if (!doc.id) doc.id = mintIri();
  for (const system of asList(doc.aiSystems)) if (!system.id) system.id = mintIri();
  if (doc.aiSystems && !Array.isArray(doc.aiSystems)) doc.aiSystems = [doc.aiSystems];
  return { doc, omitted: Number(response.headers.get('Aigb-Omitted-Statements') || 0) };
}

/** Saves bytes as a file through the browser's download. */
export function saveFile(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** The profile as JSON-LD (with the published context), as it is downloaded and submitted. */
export function jsonLdOf(doc) {
  return JSON.stringify(exportDoc(doc), null, 2) + '\n';
}

/** The profile as JSON-LD, dated today. */
export function downloadJsonLd(doc) {
  doc.modified = today();
  saveFile(new Blob([jsonLdOf(doc)], { type: SYNTAXES.jsonld }), `${fileBase(doc)}.jsonld`);
}

/** What the server answers for the profile (JSON-LD) when asked for {accept}: {blob, type} or {error}. */
async function ask(path, doc, accept) {
  let response;
  try {
    response = await fetch(path, {
      method: 'POST', headers: { 'Content-Type': 'application/ld+json', Accept: accept }, body: JSON.stringify(exportDoc(doc)),
    });
  } catch (e) {
    return { error: { message: t('error.network') } };
  }
  if (!response.ok) return { error: await failure(response) };
  return { blob: await response.blob(), type: (response.headers.get('Content-Type') || '').split(';')[0].trim() };
}

/** The profile as Turtle, written by the server from the JSON-LD: {blob} or {error}. */
export async function turtleOf(doc) {
  return ask('/profiles/convert', doc, SYNTAXES.ttl);
}

/** The profile as Turtle, dated today. */
export async function downloadTurtle(doc) {
  doc.modified = today();
  const r = await turtleOf(doc);
  if (r.error) return r;
  saveFile(r.blob, `${fileBase(doc)}.ttl`);
  return {};
}

export const CHECKLISTS = { html: 'text/html', md: 'text/markdown', json: 'application/json', csv: 'text/csv' };

/**
 * The checklist in one format. Anything else is accepted at a low preference, so that a server that
 * cannot write the format answers its default (rather than 406) and that is said, not saved.
 */
export async function downloadChecklist(doc, format) {
  const r = await ask('/profiles/obligations', doc, `${CHECKLISTS[format]}, */*;q=0.1`);
  if (r.error) return r;
  if (r.type !== CHECKLISTS[format]) return { error: { message: t('download.unsupported', { format: format.toUpperCase() }) } };
  saveFile(r.blob, `${fileBase(doc)}-checklist.${format}`);
  return {};
}
