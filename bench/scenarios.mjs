// Benchmark scenarios: each returns the Atrium request and the baseline request running the same SQL.
export const scenarios = [
  {
    name: '0 service info (no D1)',
    kind: 'read',
    prepare: async () => ({ atrium: { path: '/' }, baseline: { path: '/hello' } }),
  },
];
