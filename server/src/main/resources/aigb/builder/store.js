// Nothing typed is lost on an error or a reload: the whole state (the profile, the step, the text pasted
// to load) is kept in this browser's local storage after every change, until the person clears it.
// Nothing leaves the browser except the requests the page makes to its own server.

import { newDoc } from './profile.js';

const KEY = 'aigb.builder.state';
const PREVIOUS = 'aigb.builder.previous';
const VERSION = 1;

export function fresh() {
  return { version: VERSION, step: 'start', doc: newDoc(), touched: [], left: [], draft: { text: '', syntax: 'auto', fileName: '' } };
}

/** The stored state, or null when there is none (or it cannot be read: then it is left where it is). */
export function load() {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return null;
    const state = JSON.parse(raw);
    if (!state || state.version !== VERSION || !state.doc || typeof state.doc !== 'object') return null;
    return { ...fresh(), ...state, draft: { ...fresh().draft, ...(state.draft || {}) } };
  } catch (e) {
    return null;
  }
}

/** Saves the state; false when the browser refuses (storage full or disabled), so the page can say so. */
export function save(state) {
  try {
    localStorage.setItem(KEY, JSON.stringify(state));
    return true;
  } catch (e) {
    return false;
  }
}

/** Keeps the profile a load replaces, so that the load can be undone. */
export function keepPrevious(state) {
  try { localStorage.setItem(PREVIOUS, JSON.stringify(state.doc)); } catch (e) { /* undo not offered */ }
}

export function previous() {
  try { return JSON.parse(localStorage.getItem(PREVIOUS) || 'null'); } catch (e) { return null; }
}

export function forgetPrevious() {
  try { localStorage.removeItem(PREVIOUS); } catch (e) { /* nothing kept */ }
}

/** Forgets everything this page keeps (the language choice excepted). */
export function clear() {
  try {
    localStorage.removeItem(KEY);
    localStorage.removeItem(PREVIOUS);
  } catch (e) { /* nothing kept */ }
}
