// The timeline page: reads /types, /events and /events/facets from this server and draws
// the events as a vertical timeline grouped by month; the "Key dates" view reads /summary
// and lists the most reported days, best first. No framework, no build step.
// Every text from the data goes in through textContent, never as HTML.
"use strict";

const TYPE_COLOURS = {
  regime_change: "#7c3aed", agreement: "#16a34a", negotiation: "#0891b2",
  deadline: "#ea580c", withdrawal: "#a16207", deployment: "#2563eb", strike: "#db2777",
  attack: "#dc2626", conflict: "#7f1d1d", statement: "#475569", other: "#78716c",
};
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
  "September", "October", "November", "December"];
const DEADLINE_QUALIFIERS = new Set(["by", "before", "until"]);
const OPEN_QUALIFIERS = new Set(["since", "after"]);
const PREFIX = { approximate: "about", before: "before", by: "by", after: "after",
  since: "since", until: "until" };
const MONTH_PRECISIONS = new Set(["day", "week", "month"]);
const PAGE_LIMIT = 500;       // events per request while loading
const MAX_EVENTS = 5000;      // a page in a browser tab, not a data dump: exports are for that

const $ = (id) => document.getElementById(id);
const state = { types: [], events: [], selected: null, filters: {}, view: "timeline" };

// ---------------------------------------------------------------- small helpers

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else if (key === "style") {
      for (const [name, v] of Object.entries(value)) node.style.setProperty(name, v);
    }
    else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children) {
    if (child !== null && child !== undefined) node.append(child);
  }
  return node;
}

function parseDay(iso) {
  if (!iso) return null;
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

const DAY_MS = 86400000;
const daysBetween = (a, b) => Math.round((b - a) / DAY_MS);
const lastDayOfMonth = (y, m) => new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
const monthName = (d) => `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
const dayName = (d) => `${d.getUTCDate()} ${monthName(d)}`;
const typeLabel = (t) => t.replace(/_/g, " ");

// The period an interval names, to its precision (mirrors api/formats.py::period_label).
function periodLabel(date) {
  const start = parseDay(date.start), end = parseDay(date.end);
  const precision = date.precision || "unknown";
  if (!start && !end) return "undated";
  if (!start || !end) {
    const one = start || end;
    if (precision === "day") return dayName(one);
    if (precision === "month") return monthName(one);
    if (precision === "decade") return `${Math.floor(one.getUTCFullYear() / 10) * 10}s`;
    if (precision === "century") return `the ${ordinal(Math.floor(one.getUTCFullYear() / 100) + 1)} century`;
    return MONTH_PRECISIONS.has(precision) ? dayName(one) : String(one.getUTCFullYear());
  }
  const sy = start.getUTCFullYear(), sm = start.getUTCMonth(), sd = start.getUTCDate();
  const ey = end.getUTCFullYear(), em = end.getUTCMonth(), ed = end.getUTCDate();
  if (precision === "day") return +start === +end ? dayName(start) : `${dayName(start)} – ${dayName(end)}`;
  if (precision === "week") return `week of ${dayName(start)}`;
  if (precision === "month" && sy === ey && sm === em) {
    const last = lastDayOfMonth(sy, sm);
    if (sd === 1 && ed === last) return monthName(start);
    if (sd === 1 && ed === 10) return `early ${monthName(start)}`;
    if (sd === 11 && ed === 20) return `mid ${monthName(start)}`;
    if (sd >= 21 && ed === last) return `late ${monthName(start)}`;
    return `${sd}–${ed} ${monthName(start)}`;
  }
  if (precision === "year" && sy === ey) {
    const span = `${sm + 1}/${sd}-${em + 1}/${ed}`;
    const part = { "1/1-12/31": "", "1/1-4/30": "early ", "5/1-8/31": "mid ", "9/1-12/31": "late " }[span];
    if (part !== undefined) return `${part}${sy}`;
  }
  if (precision === "quarter" && sm % 3 === 0) return `Q${sm / 3 + 1} ${sy}`;
  if (precision === "season") {
    const season = { 2: "spring", 5: "summer", 8: "autumn", 11: "winter" }[sm];
    if (season) return ey !== sy ? `${season} ${sy}–${String(ey).slice(-2)}` : `${season} ${sy}`;
  }
  if (precision === "decade" && sy % 10 === 0 && ey === sy + 9) return `${sy}s`;
  if (date.start.endsWith("-01-01") && date.end.endsWith("-12-31") && ey > sy) {
    // whole years: a century ("the 7th century" is 600-699) or a span of years ("1951–1954")
    if (sy % 100 === 0 && ey === sy + 99) return `the ${ordinal(sy / 100 + 1)} century`;
    return `${sy}–${ey}`;
  }
  return `${date.start} – ${date.end}`;
}

function ordinal(n) {
  const suffix = n % 100 >= 10 && n % 100 <= 20 ? "th" : ({ 1: "st", 2: "nd", 3: "rd" }[n % 10] || "th");
  return `${n}${suffix}`;
}

function dateLabel(date) {
  let label = periodLabel(date);
  const q = date.qualifier || "exact";
  if (["early", "mid", "late"].includes(q) && !label.startsWith(q)) label = `${q} ${label}`;
  return PREFIX[q] && label !== "undated" ? `${PREFIX[q]} ${label}` : label;
}

// How an event is drawn: a point, a span, a deadline or an open-ended span.
function markerKind(event) {
  const d = event.date;
  if (!d.start && !d.end) return "undated";
  if (DEADLINE_QUALIFIERS.has(d.qualifier) || event.type === "deadline") return "deadline";
  if (OPEN_QUALIFIERS.has(d.qualifier) || !d.start || !d.end) return "open";
  if (d.precision === "day" && d.start === d.end) return "point";
  return "span";
}

// The group an event is listed under: its month when it is dated to a month or finer,
// else the period it names (a year, a quarter...), else "Undated".
function groupOf(event) {
  const d = event.date;
  const first = parseDay(d.start) || parseDay(d.end);
  if (!first) return { key: "undated", title: "Undated", note: "no date in the sources" };
  if (MONTH_PRECISIONS.has(d.precision)) {
    const key = `${first.getUTCFullYear()}-${String(first.getUTCMonth() + 1).padStart(2, "0")}`;
    const month = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1));
    return { key, title: monthName(first), month };
  }
  const title = periodLabel({ ...d, qualifier: "exact" });
  return { key: `${d.start || d.end}/${d.precision}/${title}`, title, note: `dated to the ${d.precision}` };
}

// ---------------------------------------------------------------- filters <-> URL hash

function readHash() {
  const params = new URLSearchParams(location.hash.slice(1));
  return {
    from: params.get("from") || "", to: params.get("to") || "", q: params.get("q") || "",
    types: (params.get("type") || "").split(",").filter(Boolean),
    status: params.get("status") || "",
    event: params.get("event") || "",
    view: params.get("view") === "key" ? "key" : "timeline",
    dates: params.get("dates") || "",
  };
}

// The filters, and the event whose citations are open, as the URL's #: a view can be shared.
function writeHash(filters, eventId) {
  const params = toParams(filters);
  if (filters.view === "key") {
    params.set("view", "key");
    if (filters.dates) params.set("dates", filters.dates);
  }
  if (eventId) params.set("event", eventId);
  const hash = params.toString();
  if (location.hash.slice(1) !== hash) {
    history.replaceState(null, "", hash ? `#${hash}` : location.pathname);
  }
}

function filtersFromForm() {
  const checked = [...document.querySelectorAll("#types input:checked")].map((i) => i.value);
  const all = checked.length === state.types.length;
  return {
    from: $("f-from").value.trim(), to: $("f-to").value.trim(), q: $("f-q").value.trim(),
    status: $("f-status").value, types: all ? [] : checked, view: state.view, dates: $("f-dates").value.trim(),
  };
}

function toParams(filters, withTypes = true) {
  const params = new URLSearchParams();
  if (filters.from) params.set("from", filters.from);
  if (filters.to) params.set("to", filters.to);
  if (filters.q) params.set("q", filters.q);
  if (filters.status) params.set("status", filters.status);
  if (withTypes && filters.types.length) params.set("type", filters.types.join(","));
  return params;
}

function fillForm(filters) {
  state.view = filters.view || "timeline";
  $("f-dates").value = filters.dates || "10";
  showView(state.view);
  $("f-from").value = filters.from;
  $("f-to").value = filters.to;
  $("f-q").value = filters.q;
  $("f-status").value = filters.status || "";
  for (const box of document.querySelectorAll("#types input")) {
    box.checked = !filters.types.length || filters.types.includes(box.value);
  }
}

// ---------------------------------------------------------------- fetching

async function getJSON(url) {
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const detail = body && body.detail ? body.detail : `${response.status} ${response.statusText}`;
    throw new Error(detail);
  }
  return body;
}

async function fetchEvents(filters) {
  const params = toParams(filters);
  params.set("limit", String(PAGE_LIMIT));
  let url = `/events?${params}`;
  const events = [];
  while (url && events.length < MAX_EVENTS) {
    const page = await getJSON(url);
    events.push(...page.data);
    // Follow the next page by path: the absolute link may name a host a proxy rewrites.
    url = page.links.next ? ((u) => u.pathname + u.search)(new URL(page.links.next, location.href)) : null;
  }
  return { events, truncated: Boolean(url) };
}

// ---------------------------------------------------------------- drawing

function strip(event, group) {
  // Where the event's interval lies within its group's month (or its own period).
  const d = event.date;
  let start = parseDay(d.start), end = parseDay(d.end);
  if (!start && !end) return null;
  let lo, hi;
  if (group.month) {
    lo = group.month;
    hi = new Date(Date.UTC(lo.getUTCFullYear(), lo.getUTCMonth() + 1, 0));
  } else {
    lo = new Date(Date.UTC((start || end).getUTCFullYear(), 0, 1));
    hi = new Date(Date.UTC((end || start).getUTCFullYear(), 11, 31));
  }
  const openLeft = !start || start < lo, openRight = !end || end > hi;
  start = !start || start < lo ? lo : start;
  end = !end || end > hi ? hi : end;
  const total = daysBetween(lo, hi) + 1;
  const left = (daysBetween(lo, start) / total) * 100;
  const width = ((daysBetween(start, end) + 1) / total) * 100;
  const kind = markerKind(event);
  // A day is a dot centred on its day; anything longer is a bar from its first to last day.
  const box = kind === "point"
    ? { left: `${left + width / 2}%` }
    : { left: `${left}%`, width: `${Math.max(width, 0.8)}%` };
  const fill = el("span", {
    class: `strip-fill strip-${kind}${openLeft ? " open-left" : ""}${openRight ? " open-right" : ""}`,
    style: box,
  });
  const title = group.month ? `${monthName(lo)}: ${dateLabel(d)}` : dateLabel(d);
  return el("span", { class: "strip", title, "aria-hidden": "true" }, fill);
}

// What is still to come says so: "scheduled" or "deadline", with how its date relates.
function statusBadge(event) {
  if (!event.status || event.status === "happened") return null;
  return el("span", { class: `badge status status-${event.status}`, text: event.status,
    title: `${event.status}, ${event.relation || "on"} this date` });
}

function eventItem(event, group) {
  const kind = markerKind(event);
  const colour = TYPE_COLOURS[event.type] || "#555";
  let sources = event.source_count === 1 ? "1 source" : `${event.source_count} sources`;
  // Copies of one story (a wire text in two outlets) count once in importance.
  if (event.importance < event.source_count) sources += ` (${event.importance} independent)`;
  const cites = event.citation_count === 1 ? "1 citation" : `${event.citation_count} citations`;
  const qualifier = event.date.qualifier !== "exact" ? event.date.qualifier : null;
  const button = el("button", {
    type: "button", class: "event-card", "aria-controls": "details", "aria-expanded": "false",
    "data-id": event.id,
  },
    el("span", { class: "when-line" },
      el("span", { class: "when", text: dateLabel(event.date) }),
      el("span", { class: "badge precision", text: event.date.precision, title: "precision" }),
      qualifier ? el("span", { class: "badge qualifier", text: qualifier, title: "qualifier" }) : null,
      statusBadge(event),
      el("span", { class: "type-tag", text: typeLabel(event.type), style: { color: colour } })),
    el("span", { class: "title", text: event.title }),
    strip(event, group),
    el("span", { class: "meta", text: `${sources} · ${cites}${event.conflicts.length ? " · sources disagree on the date" : ""}` }));
  button.addEventListener("click", () => openDetails(event, button));
  return el("li", {
    class: `event kind-${kind} type-${event.type}`, "data-type": event.type, "data-status": event.status,
    "data-precision": event.date.precision, style: { "--type-colour": colour },
  }, el("span", { class: `marker marker-${kind}`, title: `${kind}: ${dateLabel(event.date)}` }), button);
}

function render(events, truncated) {
  const root = $("timeline");
  root.replaceChildren();
  const groups = new Map();
  for (const event of events) {
    const group = groupOf(event);
    if (!groups.has(group.key)) groups.set(group.key, { ...group, events: [] });
    groups.get(group.key).events.push(event);
  }
  for (const group of groups.values()) {
    const count = group.events.length === 1 ? "1 event" : `${group.events.length} events`;
    const heading = el("h2", { class: "group-title" },
      el("span", { text: group.title }),
      el("span", { class: "group-count", text: group.note ? `${count} · ${group.note}` : count }));
    const list = el("ol", { class: "events" }, ...group.events.map((e) => eventItem(e, group)));
    root.append(el("section", { class: `group${group.month ? " month" : ""}`, "data-group": group.key }, heading, list));
  }
  if (!events.length) root.append(el("p", { class: "empty", text: "No events match these filters." }));
  const undated = events.filter((e) => !e.date.start && !e.date.end).length;
  let status = events.length === 1 ? "1 event" : `${events.length} events`;
  if (undated) status += ` (${undated} undated)`;
  if (truncated) status += ` — the first ${MAX_EVENTS} shown; use an export for all`;
  $("status").textContent = status;
}

function renderTypes(counts) {
  const box = $("types");
  const chosen = readHash().types;
  box.querySelectorAll("label").forEach((l) => l.remove());
  for (const info of state.types) {
    const n = counts ? counts[info.type] || 0 : null;
    const input = el("input", { type: "checkbox", name: "type", value: info.type,
      checked: !chosen.length || chosen.includes(info.type) });
    input.addEventListener("change", () => applyFilters());
    box.append(el("label", { class: "type-choice", title: info.definition, style: { "--type-colour": TYPE_COLOURS[info.type] || "#555" } },
      input, el("span", { class: "swatch" }), el("span", { text: typeLabel(info.type) }),
      n === null ? null : el("span", { class: "count", text: String(n) })));
  }
}

function highlight(quote, trigger) {
  // The quote with its trigger word marked (text nodes only).
  const out = el("blockquote");
  const at = trigger ? quote.toLowerCase().indexOf(trigger.toLowerCase()) : -1;
  if (at < 0) {
    out.textContent = quote;
  } else {
    out.append(quote.slice(0, at), el("mark", { text: quote.slice(at, at + trigger.length) }),
      quote.slice(at + trigger.length));
  }
  return out;
}

function openDetails(event, button) {
  document.querySelectorAll(".event-card[aria-expanded='true']")
    .forEach((b) => b.setAttribute("aria-expanded", "false"));
  document.querySelectorAll(".event.selected").forEach((li) => li.classList.remove("selected"));
  button.setAttribute("aria-expanded", "true");
  button.parentElement.classList.add("selected");
  state.selected = button;

  const d = event.date;
  const colour = TYPE_COLOURS[event.type] || "#555";
  const panel = $("details");
  panel.style.setProperty("--type-colour", colour);
  $("details-type").textContent = typeLabel(event.type);
  $("details-title").textContent = event.title;
  $("details-when").replaceChildren(
    el("strong", { text: dateLabel(d) }),
    el("span", { text: ` · ${d.precision}${d.qualifier !== "exact" ? ", " + d.qualifier : ""}` }),
    d.text ? el("span", { class: "words", text: ` · the sources' words: “${d.text}”` }) : null,
    d.edtf ? el("code", { text: d.edtf, title: "EDTF" }) : null);
  $("details-summary").textContent = event.summary || "";
  const conflicts = $("details-conflicts");
  conflicts.replaceChildren();
  conflicts.hidden = !event.conflicts.length;
  if (event.conflicts.length) {
    conflicts.append(el("h3", { text: "The sources disagree on the date" }),
      el("ul", {}, ...event.conflicts.map((c) =>
        el("li", {}, el("strong", { text: dateLabel(c.date) }), ` — ${c.outlet || c.source_id}`))));
  }
  $("details-count").textContent = event.citations.length === 1 ? "1 citation" : `${event.citations.length} citations`;
  $("citations").replaceChildren(...event.citations.map((c) => {
    const source = el("p", { class: "cite-source" },
      el("strong", { text: c.outlet || "unknown outlet" }),
      c.published ? ` · ${c.published} · ` : " · ",
      c.url && /^https?:\/\//i.test(c.url) ? el("a", { href: c.url, target: "_blank", rel: "noopener noreferrer", class: "source-link", text: c.title || c.url })
        : el("span", { text: c.title || "" }),
      " · ",
      el("a", { href: `/sources/${encodeURIComponent(c.source_id)}`, class: "stored-link", text: "stored text (JSON)" }));
    const when = el("p", { class: "cite-date", text: `This source: ${dateLabel(c.date)}${c.date.text ? ` (“${c.date.text}”)` : ""}` });
    return el("li", { class: "citation" }, highlight(c.quote, c.trigger), source, when);
  }));
  panel.hidden = false;
  document.body.classList.add("with-details");
  $("details-close").focus({ preventScroll: true });
  // On a narrow screen the panel sits below the list: bring it into view.
  if (window.matchMedia("(max-width: 900px)").matches) panel.scrollIntoView({ block: "start" });
  writeHash(state.filters, event.id);
}

function closeDetails() {
  if (!$("details").hidden) writeHash(state.filters, null);
  $("details").hidden = true;
  document.body.classList.remove("with-details");
  if (state.selected) {
    state.selected.setAttribute("aria-expanded", "false");
    state.selected.parentElement.classList.remove("selected");
    state.selected.focus({ preventScroll: true });
    state.selected = null;
  }
}

function updateExports(filters) {
  for (const link of document.querySelectorAll(".exports a")) {
    const params = toParams(filters);
    params.set("format", link.dataset.format);
    link.href = `/events?${params}`;
  }
}

// ---------------------------------------------------------------- key dates (GET /summary)

function showView(view) {
  const key = view === "key";
  $("view-timeline").setAttribute("aria-pressed", String(!key));
  $("view-key").setAttribute("aria-pressed", String(key));
  $("timeline").hidden = key;
  $("keydates").hidden = !key;
  document.querySelectorAll(".key-only").forEach((node) => { node.hidden = !key; });
  document.body.classList.toggle("view-key", key);
}

async function fetchKeyDates(filters) {
  const params = new URLSearchParams();
  if (filters.from) params.set("from", filters.from);
  if (filters.to) params.set("to", filters.to);
  params.set("dates", filters.dates || "10");
  params.set("events", "5");
  return (await getJSON(`/summary?${params}`)).data;
}

function renderKeyDates(days) {
  const root = $("keydates");
  root.replaceChildren();
  days.forEach((day, rank) => {
    const first = parseDay(day.date);
    const group = { month: new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1)) };
    const sources = day.importance === 1 ? "1 independent source" : `${day.importance} independent sources`;
    const heading = el("h2", { class: "group-title" },
      el("span", { text: `${rank + 1}. ${dayName(first)}` }),
      el("span", { class: "group-count",
        text: `${sources} · ${day.citations === 1 ? "1 citation" : `${day.citations} citations`}` }));
    const list = el("ol", { class: "events" }, ...day.events.map((e) => eventItem(e, group)));
    root.append(el("section", { class: "group key-date", "data-date": day.date }, heading, list));
  });
  if (!days.length) root.append(el("p", { class: "empty", text: "No day-precise dates in this window." }));
  $("status").textContent = `${days.length === 1 ? "1 key date" : `${days.length} key dates`}, ` +
    "ranked by the independent sources reporting a happening on each day (types and words do not apply)";
}

// ---------------------------------------------------------------- the flow

let generation = 0;

async function load(filters) {
  const mine = ++generation;
  state.filters = filters;
  $("error").hidden = true;
  $("status").textContent = "Loading…";
  document.body.classList.add("loading");
  updateExports(filters);
  try {
    const key = filters.view === "key";
    const [result, facets] = await Promise.all([
      key ? fetchKeyDates(filters) : fetchEvents(filters),
      // Type counts under the other filters, so unticked types still show what they hold.
      getJSON(`/events/facets?${toParams(filters, false)}`),
    ]);
    if (mine !== generation) return;
    renderTypes(facets.data.by_type);
    fillForm(filters);
    if (key) {
      renderKeyDates(result);
    } else {
      state.events = result.events;
      render(result.events, result.truncated);
    }
    const shared = filters.event && document.querySelector(`.event-card[data-id="${CSS.escape(filters.event)}"]`);
    if (shared) {
      shared.scrollIntoView({ block: "center" });
      shared.click();
    }
  } catch (error) {
    if (mine !== generation) return;
    $("error").textContent = `The server refused these filters: ${error.message}`;
    $("error").hidden = false;
    $("status").textContent = "";
    $("timeline").replaceChildren();
    $("keydates").replaceChildren();
    renderTypes(null);  // the previous view's counts are not counts of these filters
  } finally {
    if (mine === generation) document.body.classList.remove("loading");
  }
}

function applyFilters() {
  const filters = filtersFromForm();
  closeDetails();
  writeHash(filters, null);
  load(filters);
}

async function start() {
  $("filters").addEventListener("submit", (e) => { e.preventDefault(); applyFilters(); });
  $("reset").addEventListener("click", () => {
    fillForm({ from: "", to: "", q: "", types: [], event: "", view: state.view, dates: "" });
    applyFilters();
  });
  $("details-close").addEventListener("click", closeDetails);
  for (const [id, view] of [["view-timeline", "timeline"], ["view-key", "key"]]) {
    $(id).addEventListener("click", () => { state.view = view; showView(view); applyFilters(); });
  }
  document.addEventListener("keydown", (e) => { if (e.key === "Escape" && !$("details").hidden) closeDetails(); });
  window.addEventListener("hashchange", () => { const f = readHash(); fillForm(f); load(f); });
  try {
    state.types = (await getJSON("/types")).data;
  } catch (error) {
    $("error").textContent = `Could not load the event types: ${error.message}`;
    $("error").hidden = false;
    return;
  }
  renderTypes(null);
  const filters = readHash();
  fillForm(filters);
  load(filters);
}

start();
