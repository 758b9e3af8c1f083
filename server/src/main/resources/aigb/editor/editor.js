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

  /**
   * YASGUI hands its results viewer the text of a graph answer (CONSTRUCT, DESCRIBE) without its media
   * type, and the viewer then guesses: it tries the text as XML (the browser's parse-error document has
   * an inline style, which this page's policy refuses and reports) and ends up showing it raw. Told the
   * type its tab asked for, it reads the triples into its table, whose IRIs link like any other.
   */
  function typeGraphAnswers(yasgui) {
    const setResponse = Yasgui.Yasr.prototype.setResponse;
    Yasgui.Yasr.prototype.setResponse = function (data, duration) {
      if (typeof data === 'string') {
        const tab = yasgui.persistentConfig.getTabs().map((id) => yasgui.getTab(id)).find((t) => t && t.getYasr() === this);
        const yasqe = tab && tab.getYasqe();
        if (yasqe && ['CONSTRUCT', 'DESCRIBE'].includes(yasqe.getQueryType()))
          return setResponse.call(this, { data, contentType: String(tab.getRequestConfig().acceptHeaderGraph).split(',')[0] }, duration);
      }
      return setResponse.call(this, data, duration);
    };
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
    // How every tab queries: this server's endpoint; the results as JSON (Turtle for a graph), and an
    // error as plain text (the endpoint's JSON error would reach the page as "[object Object]").
    const request = {
      endpoint,
      acceptHeaderSelect: 'application/sparql-results+json,text/plain;q=0.1',
      acceptHeaderGraph: 'text/turtle,text/plain;q=0.1',
    };
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
      requestConfig: { ...request, method: 'POST' },
      endpointCatalogueOptions: { getData: () => [{ endpoint }] },
      // A shared link (#query=...) opens its query here, whatever endpoint it names.
      populateFromUrl: (tab) => {
        Object.assign(tab.requestConfig, request);
        return tab;
      },
      yasqe: { value: config.startQuery, prefixCcApi: new URL(`${BASE}/prefixes.json`, window.location.href).href },
      yasr: { prefixes },
    });
    // Tabs kept in this browser from an earlier visit query the same way.
    for (const id of yasgui.persistentConfig.getTabs()) {
      const tab = yasgui.getTab(id);
      if (tab && Object.entries(request).some(([key, value]) => tab.getRequestConfig()[key] !== value)) tab.setRequestConfig(request);
    }
    typeGraphAnswers(yasgui);
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
