// The reviewers' page (/review): lists the latest version of every organisation from
// GET /submissions, shows a history, and annotates a version. The token is kept in this tab's
// sessionStorage and sent as "Authorization: Bearer"; no cookie is used. Every value from the
// server is written with textContent, never as markup.
"use strict";

(function () {
  const KEY = "aigb-reviewer-token";
  const PAGE = 50;
  let offset = 0;

  const $ = (id) => document.getElementById(id);
  const token = () => sessionStorage.getItem(KEY);

  function el(tag, text, attrs) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (attrs) for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    return e;
  }

  function status(text) {
    $("status").textContent = text;
  }

  async function call(path, options) {
    const headers = Object.assign({ "Authorization": "Bearer " + token(), "Accept": "application/json" },
      (options && options.headers) || {});
    const response = await fetch(path, Object.assign({}, options, { headers: headers, credentials: "omit" }));
    if (!response.ok) {
      let message = response.status + " " + response.statusText;
      try {
        const body = await response.json();
        message = response.status + " " + body.code + ": " + body.message;
      } catch (e) { /* not JSON */ }
      throw new Error(message);
    }
    return response;
  }

  function query() {
    const p = new URLSearchParams();
    const add = (name, id) => { const v = $(id).value.trim(); if (v) p.set(name, v); };
    add("conforms", "f-conforms");
    add("role", "f-role");
    add("aitype", "f-aitype");
    add("gaps", "f-gaps");
    add("annex-iii", "f-annex");
    add("since", "f-since");
    p.set("offset", String(offset));
    p.set("limit", String(PAGE));
    return p.toString();
  }

  async function load() {
    if (!token()) { status("トークンを入力してください / Enter your reviewer token."); return; }
    status("…");
    try {
      const page = await (await call("/submissions?" + query())).json();
      const body = $("list").tBodies[0];
      body.replaceChildren();
      for (const item of page.items) body.appendChild(row(item));
      $("previous").disabled = offset === 0;
      $("next").disabled = !page.next;
      status(page.items.length + " 件 / organisations (" + (offset + 1) + "–" + (offset + page.items.length) + ")");
    } catch (e) {
      status(e.message);
    }
  }

  function row(item) {
    const tr = el("tr");
    const v = item.latest;
    tr.appendChild(el("td", item.organisation.name + " (" + item.organisation.id + ")"));
    tr.appendChild(el("td", v.version));
    tr.appendChild(el("td", v.received));
    tr.appendChild(el("td", v.warnings));
    tr.appendChild(el("td", v.gaps));
    tr.appendChild(el("td", item.roles.join(", ")));
    tr.appendChild(el("td", item.aiTypes.join(", ")));
    tr.appendChild(el("td", item.applicationAreas.join(", ")));
    tr.appendChild(el("td", v.published ? "✓ " + v.publishedAt : "—"));
    tr.appendChild(el("td", item.review ? item.review.status + " (" + item.review.at + ")" : "—"));
    const actions = el("td");
    const details = el("button", "詳細 / details", { type: "button" });
    details.addEventListener("click", () => detail(item.organisation.id, v.version));
    actions.appendChild(details);
    tr.appendChild(actions);
    return tr;
  }

  async function detail(org, version) {
    const box = $("detail");
    box.hidden = false;
    box.replaceChildren(el("p", "…"));
    try {
      const history = await (await call("/submissions/" + encodeURIComponent(org))).json();
      box.replaceChildren();
      box.appendChild(el("h2", history.organisation.name + " (" + org + ")"));
      const list = el("ul");
      for (const v of history.versions) {
        const li = el("li", "version " + v.version + " — " + v.received + " — " + v.mediaType + ", " + v.bytes
          + " bytes, sha256 " + v.sha256 + " — warnings " + v.warnings + ", gaps " + v.gaps + (v.published ? " — published" : ""));
        const md = el("button", "チェックリスト / checklist (Markdown)", { type: "button" });
        md.addEventListener("click", () => download(v.location, "text/markdown", org + "-" + v.version + ".md"));
        li.appendChild(document.createTextNode(" "));
        li.appendChild(md);
        list.appendChild(li);
      }
      box.appendChild(list);
      box.appendChild(el("h3", "注記 / annotations"));
      const notes = el("ul");
      for (const a of history.annotations)
        notes.appendChild(el("li", "version " + a.version + ": " + a.status + " — " + a.reviewer + ", " + a.created
          + (a.comment ? " — " + a.comment : "")));
      box.appendChild(notes);
      box.appendChild(annotateForm(org, version));
    } catch (e) {
      box.replaceChildren(el("p", e.message));
    }
  }

  function annotateForm(org, version) {
    const form = el("div");
    form.appendChild(el("h3", "版 " + version + " に注記 / annotate version " + version));
    const select = el("select");
    select.appendChild(el("option", "accepted"));
    select.appendChild(el("option", "needs-changes"));
    const comment = el("textarea", null, { rows: "4", maxlength: "10000" });
    const send = el("button", "注記する / annotate", { type: "button" });
    send.addEventListener("click", async () => {
      try {
        await call("/submissions/" + encodeURIComponent(org) + "/" + version + "/annotations", {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ status: select.value, comment: comment.value })
        });
        await detail(org, version);
        await load();
      } catch (e) {
        status(e.message);
      }
    });
    form.append(select, el("br"), comment, el("br"), send);
    return form;
  }

  async function download(path, type, name) {
    try {
      const blob = await (await call(path, { headers: { "Accept": type } })).blob();
      const a = el("a", null, { href: URL.createObjectURL(blob), download: name });
      document.body.appendChild(a);
      a.click();
      a.remove();
    } catch (e) {
      status(e.message);
    }
  }

  document.addEventListener("DOMContentLoaded", () => {
    $("use-token").addEventListener("click", () => {
      sessionStorage.setItem(KEY, $("token").value.trim());
      $("token").value = "";
      offset = 0;
      load();
    });
    $("forget-token").addEventListener("click", () => {
      sessionStorage.removeItem(KEY);
      $("list").tBodies[0].replaceChildren();
      $("detail").hidden = true;
      status("トークンを消しました / Token forgotten.");
    });
    $("apply").addEventListener("click", () => { offset = 0; load(); });
    $("previous").addEventListener("click", () => { offset = Math.max(0, offset - PAGE); load(); });
    $("next").addEventListener("click", () => { offset += PAGE; load(); });
    load();
  });
})();
