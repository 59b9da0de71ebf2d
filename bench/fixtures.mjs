// Names and ids shared by the data loader (data.mjs), the scenarios (scenarios.mjs) and the baseline
// Worker (baseline.mjs): the bench's Liberty stored query and DATAGERRY types, and the scenario filters.

/** The bootstrap admin's password in the bench (a deployment refuses `admin` and anything under 12 characters). */
export const ADMIN_PASSWORD = 'bench-admin-password';

/** Liberty stored query (LY_QRY_FMW, GET) over the dictionary, in a stable order (the primary key's). */
export const BENCH_QUERY = 9001;
export const BENCH_QUERY_SQL = "select DD_ID, DD_LABEL from LY_DICTIONARY where DD_LANGUAGE = 'en' order by DD_ID";
/** Scenario 4's `q`: a range of 1,000 entries on the query's sort column (from the 5,001st), paged by 50. */
export const LIBERTY_Q = [{ DD_ID: { '>=': 'DD0005000', '<': 'DD0006000' } }];
export const LIBERTY_LIMIT = 50;

export const BENCH_TYPE = {
  public_id: 100,
  name: 'bench_server',
  label: 'Bench server',
  render_meta: {
    icon: 'fas fa-server',
    sections: [{ type: 'section', name: 'server', label: 'Server', fields: ['hostname', 'ip', 'os', 'cpus'] }],
    externals: [
      {
        name: 'search',
        href: 'https://www.google.com/search?q={hostname}',
        label: 'Search',
        icon: 'fas fa-external-link-alt',
        fields: ['hostname'],
      },
    ],
    summary: { fields: ['hostname', 'ip'] },
  },
  fields: [
    { type: 'text', name: 'hostname', label: 'Hostname', required: true },
    { type: 'text', name: 'ip', label: 'IP address' },
    {
      type: 'select',
      name: 'os',
      label: 'Operating system',
      options: [
        { name: 'linux', label: 'Linux' },
        { name: 'windows', label: 'Windows' },
      ],
    },
    { type: 'number', name: 'cpus', label: 'CPUs' },
  ],
};

export const OTHER_TYPE = {
  public_id: 101,
  name: 'bench_switch',
  label: 'Bench switch',
  render_meta: {
    icon: 'fas fa-network-wired',
    sections: [{ type: 'section', name: 'switch', label: 'Switch', fields: ['name'] }],
    externals: [],
    summary: { fields: ['name'] },
  },
  fields: [{ type: 'text', name: 'name', label: 'Name', required: true }],
};

/** Scenario 5's DATAGERRY filter: the objects of the bench type (how DATAGERRY's UI lists a type). */
export const DG_FILTER = { type_id: BENCH_TYPE.public_id };
export const DG_LIMIT = 20;
