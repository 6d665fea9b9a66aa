// What the bench runs inside the page, as plain JavaScript source (so no compiler helper leaks in).
// It drives the app through its store (window.kavosh.store: the same actions the panels call)
// and times each change to the frame that shows it, from the app's `kavosh:` marks
// (src/cytoscape/marks.ts) or, for the details panel, from the DOM after each frame.
// The sigma reference page (sigma/main.ts) replaces the app-specific operations (describe,
// timeChange, timeSelection, select, backgroundPoint) with its own and keeps the rest.
export const PAGE_HELPERS = String.raw`
(() => {
  const afterFrame = () => new Promise((resolve) => requestAnimationFrame(() => {
    const c = new MessageChannel();
    c.port1.onmessage = () => resolve(performance.now());
    c.port2.postMessage(0);
  }));
  // Input arrives at any point of a frame, not just after one: a seeded random phase (0–16 ms).
  let seed = 12345;
  const phase = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return (seed / 2147483648) * 16; };
  const settle = async () => {
    await afterFrame(); await afterFrame(); await new Promise((r) => setTimeout(r, 60)); await afterFrame();
    const until = performance.now() + phase();
    while (performance.now() < until) { /* spin: timers are too coarse for a phase */ }
  };
  const waitMark = (name, since, timeout) => new Promise((resolve, reject) => {
    const find = () => performance.getEntriesByName(name, 'mark').find((e) => e.startTime >= since);
    const hit = find();
    if (hit) return resolve(hit.startTime);
    const obs = new PerformanceObserver(() => {
      const f = find();
      if (f) { obs.disconnect(); clearTimeout(timer); resolve(f.startTime); }
    });
    obs.observe({ type: 'mark' });
    const timer = setTimeout(() => { obs.disconnect(); reject(new Error('timed out waiting for ' + name)); }, timeout);
  });
  const store = () => window.kavosh.store.getState();

  window.__bench = {
    /** Facts about the loaded dataset that pick the operations. */
    describe() {
      return window.__bench.describeModel(store().model);
    },
    describeModel(m) {
      const kinds = new Map();
      for (const e of m.dataset.events) kinds.set(e.kind, (kinds.get(e.kind) || 0) + 1);
      const eventKind = [...kinds].sort((a, b) => b[1] - a[1])[0][0];
      const years = [];
      for (const e of m.dataset.events) {
        const v = e.date.value || e.date.start;
        if (v) years.push(Number(v.slice(0, 4)));
      }
      years.sort((a, b) => a - b);
      const lo = years.length ? years[Math.floor(years.length * 0.25)] : 2000;
      const hi = years.length ? years[Math.floor(years.length * 0.75)] + 1 : 2030;
      const degree = (id) => (m.incident.get(id) || []).length;
      const names = new Set();
      const picks = m.nodes.filter((n) => n.type === 'entity').sort((a, b) => degree(b.id) - degree(a.id) || (a.id < b.id ? -1 : 1))
        .filter((n) => !names.has(n.nameEn) && names.add(n.nameEn)).slice(0, 6).map((n) => n.id);
      return { nodes: m.nodes.length, edges: m.edges.length, eventKind, window: { start: Date.UTC(lo, 0, 1), end: Date.UTC(hi, 0, 1) }, picks };
    },
    /** Milliseconds from a store change to the mark of the frame that shows it. */
    async timeChange(kind, arg, timeout) {
      await settle();
      const s = store();
      const t0 = performance.now();
      if (kind === 'filter') s.toggleKind('hiddenEventKinds', arg);
      else if (kind === 'time') s.setWindow(s.time.window ? null : arg);
      else throw new Error('unknown change ' + kind);
      const at = await waitMark('kavosh:visibility-painted', t0, timeout);
      return at - t0;
    },
    /** Milliseconds from select(id) to the first painted frame whose details panel shows it. */
    async timeSelection(id, timeout) {
      await settle();
      const title = () => document.getElementById('details-title');
      const before = title() ? title().textContent : null;
      const t0 = performance.now();
      store().select(id);
      for (;;) {
        const now = await afterFrame();
        const el = title();
        if (store().selectedId === id && el && el.textContent && el.textContent !== before) return now - t0;
        if (now - t0 > timeout) throw new Error('details did not show ' + id);
      }
    },
    /** Records frame start times until stop() is called. */
    recordFrames() {
      const times = [];
      let on = true;
      const loop = (t) => { if (!on) return; times.push(t); requestAnimationFrame(loop); };
      requestAnimationFrame(loop);
      window.__frames = { stop() { on = false; const d = []; for (let i = 1; i < times.length; i++) d.push(times[i] - times[i - 1]); return d; } };
    },
    stopFrames() { return window.__frames.stop(); },
    select(id) { store().select(id); },
    /** A point on the background (far from every node), so a drag there pans. */
    backgroundPoint() {
      const cy = window.kavosh.cy;
      const rect = cy.container().getBoundingClientRect();
      const nodes = cy.nodes().map((n) => n.renderedPosition());
      let best = { x: rect.width / 2, y: rect.height / 2, d: -1 };
      for (let gx = 2; gx <= 8; gx++) for (let gy = 2; gy <= 8; gy++) {
        const x = rect.width * gx / 10, y = rect.height * gy / 10;
        let d = Infinity;
        for (const p of nodes) d = Math.min(d, Math.hypot(p.x - x, p.y - y));
        if (d > best.d) best = { x, y, d };
      }
      return { x: rect.left + best.x, y: rect.top + best.y };
    },
    settle,
    afterFrame,
  };
})();
`;
