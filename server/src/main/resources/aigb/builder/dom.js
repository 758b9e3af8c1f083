// Building DOM nodes without markup strings: every text goes in as a text node (textContent), so nothing
// a person typed, or the server sent, is ever parsed as HTML.

/**
 * el('p', {class: 'hint', id: 'x-hint'}, 'text', otherNode)
 * props: class, id, text, attrs (any attribute), on ({event: handler}), and the DOM properties
 * value, checked, hidden, disabled, type, name, htmlFor, lang, tabIndex.
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false && key !== 'checked' && key !== 'hidden') continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key === 'on') for (const [event, handler] of Object.entries(value)) node.addEventListener(event, handler);
    else if (key === 'attrs') for (const [name, v] of Object.entries(value)) { if (v !== undefined && v !== null && v !== false) node.setAttribute(name, String(v)); }
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else node[key] = value;
  }
  append(node, children);
  return node;
}

/** Appends children: nodes, strings (as text), arrays of either; null and undefined are skipped. */
export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Replaces all children of a node. */
export function replace(node, ...children) {
  node.replaceChildren();
  return append(node, children);
}

/** Adds or removes one token of a space-separated attribute (aria-describedby). */
export function setToken(node, attribute, token, on) {
  const tokens = new Set((node.getAttribute(attribute) || '').split(/\s+/).filter(Boolean));
  if (on) tokens.add(token); else tokens.delete(token);
  if (tokens.size) node.setAttribute(attribute, [...tokens].join(' '));
  else node.removeAttribute(attribute);
}
