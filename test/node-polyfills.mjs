// vitest 5 declares Node ≥ 22 and its reporter calls Map.groupBy (Node 21+) when printing failures;
// on Node 20 that crash hides the failure details. Loaded with `node --import` for test runs only.
if (typeof Map.groupBy !== 'function') {
  Map.groupBy = (items, key) => {
    const m = new Map();
    let i = 0;
    for (const it of items) {
      const k = key(it, i++);
      if (!m.has(k)) m.set(k, []);
      m.get(k).push(it);
    }
    return m;
  };
}
if (typeof Object.groupBy !== 'function') {
  Object.groupBy = (items, key) => {
    const o = Object.create(null);
    let i = 0;
    for (const it of items) (o[key(it, i++)] ??= []).push(it);
    return o;
  };
}
