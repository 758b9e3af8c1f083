// The SPARQL query editor: YASGUI (loaded before this script, as the global Yasgui) set up from what
// the server says (config.json: endpoint, start query, research queries, where this site serves its
// IRIs; prefixes.json: the graph's prefixes). Nothing here names a query or a prefix of its own, and
// nothing is fetched from anywhere but this server: the prefix completion reads prefixes.json, not
// prefix.cc, and the class and property completions (which ask the Linked Open Vocabularies service)
// are switched off.
(function () {
  'use strict';

  const BASE = '/editor';
  const EXAMPLE_PARAMETER = 'example';

  async function getJson(path) {
    const response = await fetch(path, { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    return response.json();
  }

  /** Where this site serves an IRI (root-relative), or null when it is not one of ours. */
  function localHref(iri, links) {
    for (const link of links)
      if (iri.startsWith(link.iri)) return link.path + iri.slice(link.iri.length);
    return null;
  }

  /**
   * The results table links every IRI to itself; ours are read on this deployment instead. The table
   * draws its rows page by page, and again when its display options change: every link it adds is
   * pointed here as it appears, the full IRI kept as its title.
   */
  function linkIrisHere(root, links) {
    const point = (a) => {
      const iri = a.getAttribute('href') || '';
      const local = localHref(iri, links);
      if (local === null) return;
      a.setAttribute('href', local);
      a.title = iri;
      a.classList.add('here');
    };
    const scan = (node) => {
      if (node.nodeType !== Node.ELEMENT_NODE) return;
      if (node.matches('a.iri')) point(node);
      node.querySelectorAll('a.iri').forEach(point);
    };
    new MutationObserver((records) => records.forEach((r) => r.addedNodes.forEach(scan))).observe(root, { childList: true, subtree: true });
    scan(root);
  }

  /** Opens a research query in its own tab (the tab it already has, if unchanged), and runs it if asked. */
  function openExample(yasgui, example, run) {
    yasgui.addTab(true, { name: example.id, yasqe: { value: example.query } }, { avoidDuplicateTabs: true });
    const tab = yasgui.getTab(); // addTab answers the previously selected tab when it selects an existing one
    if (run) tab.query().catch(() => {}); // a failed query is shown in the results area
    return tab;
  }

  function describe(about, example) {
    about.replaceChildren();
    if (!example) return;
    const question = document.createElement('span');
    question.textContent = `${example.id}: ${example.ja} `;
    const en = document.createElement('span');
    en.className = 'en';
    en.lang = 'en';
    en.textContent = example.en;
    const page = document.createElement('a');
    page.href = example.page;
    page.textContent = '答え / answer';
    about.append(question, en, ' — ', page);
  }

  function picker(yasgui, examples) {
    const select = document.getElementById('examples');
    const about = document.getElementById('example-about');
    const byId = new Map(examples.map((e) => [e.id, e]));
    for (const example of examples) {
      const option = document.createElement('option');
      option.value = example.id;
      option.textContent = `${example.id} — ${example.ja}`;
      option.title = example.en;
      select.append(option);
    }
    select.addEventListener('change', () => {
      const example = byId.get(select.value);
      describe(about, example);
      if (example) openExample(yasgui, example, false);
    });
    document.getElementById('picker').hidden = false;
    return { byId, about };
  }

  async function start() {
    const host = document.getElementById('yasgui');
    const [config, prefixes] = await Promise.all([getJson(`${BASE}/config.json`), getJson(`${BASE}/prefixes.json`)]);
    // YASGUI needs absolute addresses (it parses the endpoint as a URL to explain network errors).
    const endpoint = new URL(config.endpoint, window.location.href).href;
    // Set on the defaults themselves: YASGUI merges lists item by item, so a shorter list given in the
    // configuration would keep the defaults' remaining completers.
    Yasgui.Yasqe.defaults.autocompleters = ['variables', 'prefixes'];
    // /editor?example=ID (from a research query's page) asks for that query, run. Taken off the address
    // first: YASGUI would send every parameter of the page's address along with each query, and a
    // reload keeps the tabs without opening it again.
    const asked = new URLSearchParams(window.location.search).get(EXAMPLE_PARAMETER);
    if (asked !== null) window.history.replaceState(null, '', BASE + window.location.hash);
    host.replaceChildren();
    const yasgui = new Yasgui(host, {
      persistenceId: 'aigb-editor',
      copyEndpointOnNewTab: false,
      requestConfig: { endpoint, method: 'POST' },
      endpointCatalogueOptions: { getData: () => [{ endpoint }] },
      // A shared link (#query=...) opens its query here, whatever endpoint it names.
      populateFromUrl: (tab) => {
        tab.requestConfig.endpoint = endpoint;
        return tab;
      },
      yasqe: { value: config.startQuery, prefixCcApi: new URL(`${BASE}/prefixes.json`, window.location.href).href },
      yasr: { prefixes },
    });
    // Tabs kept in this browser from an earlier visit run on this server's endpoint too.
    for (const id of yasgui.persistentConfig.getTabs()) {
      const tab = yasgui.getTab(id);
      if (tab && tab.getEndpoint() !== endpoint) tab.setEndpoint(endpoint);
    }
    linkIrisHere(host, config.links);
    const { byId, about } = picker(yasgui, config.examples);
    if (asked !== null) {
      const example = byId.get(asked);
      if (example) {
        document.getElementById('examples').value = asked;
        describe(about, example);
        openExample(yasgui, example, true);
      } else {
        about.textContent = `研究用クエリ「${asked}」はありません / There is no research query '${asked}'.`;
      }
    }
    host.setAttribute('aria-busy', 'false');
    window.aigbEditor = yasgui; // for the browser tests and the curious
  }

  function failed(error) {
    const host = document.getElementById('yasgui');
    const p = document.createElement('p');
    p.className = 'error';
    p.setAttribute('role', 'alert');
    p.textContent = `エディタを開けませんでした / The editor could not start: ${error.message}`;
    host.replaceChildren(p);
    host.setAttribute('aria-busy', 'false');
  }

  start().catch(failed);
})();
