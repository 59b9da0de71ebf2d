import type { FaceTags } from '../../lib/openapi';

/** Ribbon2's documentation: tags and request examples (seed 002, its JSON typos fixed). */

export const TAGS = {
  auth: {
    name: 'Ribbon2 Auth',
    'x-displayName': 'Authentication',
    description:
      'Login with `login` and `password` (query string, JSON or form fields); answers the raw JWT. Send it in the `x-ribbon2-auth` header (or as `Authorization: Bearer`). `GET /api/account` is the current user.',
  },
  users: { name: 'Ribbon2 Users', 'x-displayName': 'Users', description: 'Users, managed by members of `Admins`.' },
  groups: { name: 'Ribbon2 Groups', 'x-displayName': 'Groups', description: 'Groups, managed by members of `Admins`.' },
  directories: {
    name: 'Ribbon2 Directories',
    'x-displayName': 'Directories',
    description:
      "The directory tree (full names like `System.Test`) and its access rules per user, group or everyone. Every operation also answers at the seed's misspelling `/api/direcotry`.",
  },
  messages: {
    name: 'Ribbon2 Messages',
    'x-displayName': 'Messages',
    description:
      'Messages in one or more directories, with tags and typed properties; readable where the directory allows.',
  },
  io: {
    name: 'Ribbon2 IO',
    'x-displayName': 'Import and export',
    description:
      'Import and export protocols, their schemes (secret config values stored encrypted, answered masked), export outboxes and document import.',
  },
} as const;

export const RIBBON2_TAGS: FaceTags = { face: 'Ribbon2', tags: Object.values(TAGS) };

export const EXAMPLES = {
  createUser: {
    login: 'user',
    password: 'RawPassword',
    firstName: 'Test',
    lastName: 'User',
    description: 'Normal user',
    email: 'user@example.com',
    enabled: true,
    groups: ['UserGroup', 'Editors'],
  },
  updateUser: {
    id: '100',
    login: 'user',
    password: 'NewRawPassword',
    firstName: 'Test',
    lastName: 'User',
    description: 'Normal user',
    email: 'user@example.com',
    enabled: true,
    groups: ['UserGroup', 'Editors'],
  },
  createGroup: { name: 'UserGroup', description: 'Defaul user group' },
  updateGroup: { id: '101', name: 'UserGroup', description: 'Defaul user group, edited' },
  createDirectory: { fullName: 'System.Test', description: 'Test directory' },
  updateDirectory: { id: '102', name: 'Test', fullName: 'System.Test', description: 'Test directory, new description' },
  /** The seed writes `permissions` as a list of pairs; an object of booleans works too. */
  access: [
    {
      name: 'user',
      type: 'USER',
      permissions: [{ canCreateDir: true }, { canUpdateDir: true }, { canDeleteDir: false }],
    },
    {
      name: 'UserGroup',
      type: 'GROUP',
      permissions: [{ canCreateDir: true }, { canUpdateDir: false }, { canDeleteDir: false }],
    },
    { name: null, type: 'ALL', permissions: { canCreateDir: false, canUpdateDir: false, canDeleteDir: false } },
  ],
  createMessage: {
    directories: ['System.Test'],
    header: 'New message',
    content: 'This is a new message',
    tags: ['test', 'message', 'findme'],
    properties: [{ type: 'MARK', content: 'Received from foreign reporter AP' }],
  },
  updateMessage: {
    id: 104,
    uid: 'b6dca352-184c-4afe-837f-8d33138d84e8',
    createdBy: 'user',
    created: '2020-06-11T06:11:22Z',
    directories: ['System.Test'],
    header: 'New message',
    content: 'This is a new message\nAdded to translation team.',
    tags: ['test', 'message', 'findme', 'transl'],
    // The seed's properties also carry `created` and `createdBy`: answered, ignored on input.
    properties: [
      { uid: 'd16108e4-76eb-44ba-b1b3-aecb78cba216', type: 'MARK', content: 'Received from foreign reporter AP' },
    ],
  },
  property: { type: 'MARK', content: 'Example text' },
  /** The seed's scheme uses the mail protocol, which Atrium lacks: the same shape with `plain`. */
  scheme: { id: 'export:plain', scheme: 'export-json', config: { format: 'json', charset: 'UTF-8' } },
  import: { header: 'Imported message', content: 'Text of the imported document', tags: ['import'] },
} as const;
