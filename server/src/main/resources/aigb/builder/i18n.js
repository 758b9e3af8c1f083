// The page language (ja or en, one switch, remembered in this browser) and the page's own words: button
// captions and other chrome from messages.json. Everything about the guideline comes from the graph
// with both languages, and pick() chooses the text of the page language.

const KEY = 'aigb.builder.lang';
const LANGS = ['ja', 'en'];
let lang = 'ja';
let messages = { ja: {}, en: {} };

export function initLang() {
  let stored = null;
  try { stored = localStorage.getItem(KEY); } catch (e) { /* storage unavailable: not remembered */ }
  if (LANGS.includes(stored)) lang = stored;
  else lang = (navigator.languages || [navigator.language || 'ja']).some(l => String(l).toLowerCase().startsWith('ja')) ? 'ja' : 'en';
  return lang;
}

export async function loadMessages(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  messages = await response.json();
}

export function currentLang() { return lang; }
export function otherLang() { return lang === 'ja' ? 'en' : 'ja'; }

export function setLang(next) {
  if (!LANGS.includes(next)) return;
  lang = next;
  try { localStorage.setItem(KEY, next); } catch (e) { /* not remembered */ }
}

/** A message of the page, with {name} placeholders filled (as text). */
export function t(key, params = {}, inLang = lang) {
  const text = messages[inLang]?.[key] ?? messages[inLang === 'ja' ? 'en' : 'ja']?.[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (m, name) => (name in params ? String(params[name]) : m));
}

/**
 * The text of {ja, en} (or a plain string) in the page language, else in the other one:
 * {text, lang}, lang being the language the text is really in.
 */
export function pick(texts) {
  if (texts === undefined || texts === null) return { text: '', lang };
  if (typeof texts === 'string') return { text: texts, lang };
  if (texts[lang]) return { text: texts[lang], lang };
  for (const l of [...LANGS, ...Object.keys(texts)]) if (texts[l]) return { text: texts[l], lang: l };
  return { text: '', lang };
}
