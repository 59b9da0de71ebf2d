import type { FaceTags } from '../../lib/openapi';

/** DATAGERRY's documentation: tags, the `filter` grammar and request examples (seed 003). */

export const TAGS = {
  auth: {
    name: 'DATAGERRY Auth',
    'x-displayName': 'Authentication',
    description:
      'Login with user name and password; answers a token and its lifetime. Every other call takes `Authorization: Bearer <token>` or HTTP Basic with the user name and password.',
  },
  users: {
    name: 'DATAGERRY Users',
    'x-displayName': 'Users',
    description: 'Users (passwords are hashed and never returned).',
  },
  settings: {
    name: 'DATAGERRY Settings',
    'x-displayName': 'User settings',
    description: "Per-user settings: a user reaches their own, an administrator anyone's.",
  },
  groups: { name: 'DATAGERRY Groups', 'x-displayName': 'Groups', description: 'Groups and the rights they grant.' },
  rights: {
    name: 'DATAGERRY Rights',
    'x-displayName': 'Rights',
    description: 'The static rights catalogue and its security levels.',
  },
  types: {
    name: 'DATAGERRY Types',
    'x-displayName': 'Types',
    description:
      'CMDB types: the fields, sections, summary and external links of their objects, and an optional group ACL.',
  },
  objects: {
    name: 'DATAGERRY Objects',
    'x-displayName': 'Objects',
    description:
      'CMDB objects: field values validated against their type. Lists come `native` (as stored) or `render`ed (with type information, labels, summaries and externals).',
  },
  categories: {
    name: 'DATAGERRY Categories',
    'x-displayName': 'Categories',
    description: 'Categories of types, as a list or a tree.',
  },
  system: {
    name: 'DATAGERRY System',
    'x-displayName': 'System',
    description:
      "What DATAGERRY's web UI reads before and around its pages: the connection check, the intro steps, the system information, the authentication providers and settings, the regional (date) settings and the export formats.",
  },
  search: {
    name: 'DATAGERRY Search',
    'x-displayName': 'Search',
    description: "The web UI's object search (text, type, category and public id terms) and its quick count.",
  },
  logs: {
    name: 'DATAGERRY Logs',
    'x-displayName': 'Object logs',
    description: "An object's logs (CREATE, EDIT, ACTIVE_CHANGE, DELETE), read from the audit trail.",
  },
  sectionTemplates: {
    name: 'DATAGERRY Section templates',
    'x-displayName': 'Section templates',
    description: 'Named sets of field definitions the type builder adds to a type as a section.',
  },
  media: {
    name: 'DATAGERRY Media files',
    'x-displayName': 'Media files',
    description:
      "The media library: files and folders, a file attached to objects (the object view's attachments). The bytes are in Atrium's file store.",
  },
  docapi: {
    name: 'DATAGERRY DocAPI',
    'x-displayName': 'Document templates',
    description: 'Document templates for the objects of a type (DocAPI).',
  },
} as const;

export const DATAGERRY_TAGS: FaceTags = { face: 'DATAGERRY', tags: Object.values(TAGS) };

export const FILTER_DESCRIPTION = [
  'A MongoDB-style query filter, as JSON (default `{}`: everything), or an aggregation pipeline (a JSON array of stages).',
  '`{"field": value}` is equality; `{"field": {"$op": value}}` with `$eq`, `$ne`, `$gt`, `$gte`, `$lt`, `$lte`, `$in`, `$nin`, `$exists`,',
  '`$all`, `$size`, `$not`, `$regex` with `$options` (`i`, `m`, `s`, `x`; what GLOB cannot match exactly is a 400);',
  'combine with `$and`, `$or`, `$nor` (arrays of filters). `$elemMatch` matches one element of an array; a dotted path through',
  'an array (`fields.name`) or an array compared with a value (`{"types": 1}`) matches when some element does.',
  'Null and missing read as in MongoDB: `$ne`, `$nin`, `$not`, `$nor` also match a null or missing field; `$exists` is presence.',
  'Pipeline stages: `$match`, `$sort`, `$skip`, `$limit`, `$project`, `$count`, `$lookup` (over the collections the list offers), `$unwind`;',
  "and, in the forms DATAGERRY's web UI sends them, `$addFields`, computed `$project` keys, `$group` by `$_id` and a `$lookup` with `let`,",
  'a sub-pipeline and `$expr` (`$toString`, `$toInt`, `$dateToString`, `$setUnion`, its `$reduce` fold, its date `$map`; docs/faces/datagerry.md).',
  'The list sorts and pages after them. Code-running operators (`$where`, `$expr` elsewhere, …) and other stages are refused.',
  'Objects filter on their columns, on field values as `fields.<name>` and on the `fields` array (`fields.name`, `fields.value`, `$elemMatch`);',
  'users, groups (also `rights`), rights, types (also `fields.name`, `fields.type`, …) and categories (also `types`) on their properties.',
  '',
  'Examples: `{"active": true}`, `{"type_id": 1, "fields.hostname": {"$regex": "^srv", "$options": "i"}}`, `{"fields": {"$elemMatch": {"name": "os", "value": "windows"}}}`, `{"$or": [{"public_id": {"$lt": 10}}, {"author_id": 1}]}`, `[{"$match": {"type_id": 1}}, {"$count": "n"}]`.',
].join('\n');

/** Seed 003's example payloads (its stray commas and doubled quotes fixed). */
export const EXAMPLES = {
  login: { user_name: 'admin', password: 'admin' },
  createUser: { user_name: 'test', active: true, group_id: 2, password: 'YWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXo=' },
  updateUser: {
    public_id: 1,
    user_name: 'admin',
    active: false,
    group_id: 1,
    registration_time: '2020-01-01 00:00:00.000000',
    authenticator: 'LocalAuthenticationProvider',
    email: null,
    password: 'YWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXo=',
    image: null,
    first_name: null,
    last_name: null,
  },
  createGroup: { name: 'test', label: 'test', rights: ['base.framework.object.*'] },
  updateGroup: { public_id: 3, name: 'test', label: 'Test', rights: ['base.framework.object.*'] },
  setting: { identifier: 'test', user_id: 1, payload: {}, setting_type: 'GLOBAL' },
  type: {
    name: 'example',
    label: 'Example',
    description: '',
    active: true,
    render_meta: {
      icon: '',
      sections: [{ type: 'section', name: 'example', label: 'Example', fields: ['f'] }],
      externals: [
        {
          name: 'example',
          href: 'https://example.org',
          label: 'Example',
          icon: 'fas fa-external-link-alt',
          fields: [],
        },
      ],
      summary: { fields: ['f'] },
    },
    fields: [{ type: 'text', name: 'f', label: 'F' }],
  },
  object: { type_id: 1, active: true, fields: [{ name: 'f', value: 'value' }] },
  updateObject: { fields: [{ name: 'f', value: 'new value' }] },
  category: { name: 'example', label: 'Example', meta: { icon: '', order: 0 }, parent: null, types: [1] },
  updateCategory: {
    public_id: 1,
    name: 'example',
    label: 'Example',
    meta: { icon: '', order: 0 },
    parent: null,
    types: [1],
  },
} as const;
