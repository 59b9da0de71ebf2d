export interface paths {
    "/api/v1/auth": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set login parameters (with the first-phase token): answers the API token and a refresh token
         * @description Second login step, with the first step's token: picks client, role, organization, warehouse and language and answers the API token and a refresh token. A choice the user does not hold, or any other token, is a 401.
         */
        put: operations["idempiereSetLoginParameters"];
        /**
         * Log in: the user's clients and a token for the /auth calls (or a full session with `parameters`)
         * @description First login step: checks the password (throttled: repeated failures answer 429 with `Retry-After`) and answers the user's clients and a 10-minute token for the `/auth` calls. With `parameters`, both steps at once.
         */
        post: operations["idempiereLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set login parameters (with the first-phase token): answers the API token and a refresh token
         * @description Second login step, with the first step's token: picks client, role, organization, warehouse and language and answers the API token and a refresh token. A choice the user does not hold, or any other token, is a 401. Same as the operation on `/auth`.
         */
        put: operations["idempiereUpdateAuthTokens"];
        /**
         * Log in: the user's clients and a token for the /auth calls (or a full session with `parameters`)
         * @description First login step: checks the password (throttled: repeated failures answer 429 with `Retry-After`) and answers the user's clients and a 10-minute token for the `/auth` calls. With `parameters`, both steps at once. Same as the operation on `/auth`.
         */
        post: operations["idempiereCreateAuthTokens"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Roles of the user in a client
         * @description The roles the user may take in the client (first-step or API token).
         */
        get: operations["idempiereListRoles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Organizations of a client for a role
         * @description The organizations of the client, for a role the user holds (401 otherwise).
         */
        get: operations["idempiereListOrganizations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/warehouses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Warehouses of an organization
         * @description The warehouses of an organization of the client, for a role the user holds (401 otherwise).
         */
        get: operations["idempiereListWarehouses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/language": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The client's language
         * @description The default language of the client (404 for an unknown client).
         */
        get: operations["idempiereGetClientLanguage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate a refresh token: new API and refresh tokens; a replayed refresh token ends its session
         * @description Trades a refresh token for a new API token and a new refresh token, in the same session and context. Each refresh token works once: replaying one ends its whole session (401).
         */
        post: operations["idempiereRefreshToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End the session of a token (the body's, or the one in the Authorization header): all its tokens
         * @description Ends the login session of the token in the body, or else of the bearer token: every token of that login (first-step, API, refresh) is refused from then on.
         */
        post: operations["idempiereLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The models (tables) the caller may read, with an optional $filter
         * @description Every table and view the caller may read. `$filter` applies to the answer's own properties (`id`, `uid`, `model-name`, `name`, `description`).
         */
        get: operations["idempiereListModels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/models/{tableName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query a model: $select, $filter, $orderby, $top, $skip, $expand, $valrule, $context
         * @description A page of PO json records. The paging figures are also sent as headers (`X-Page-Count`, `X-Records-Size`, `X-Skip-Records`, `X-Row-Count`, `X-Array-Count`). A table the role cannot read is a 403.
         */
        get: operations["idempiereListRecords"];
        put?: never;
        /**
         * Insert a record (nested arrays of child records are inserted after it)
         * @description Inserts a record and answers it as a PO json record with its new id. Arrays named after a child table insert up to 100 child records linked to it. `AD_User` goes through the shared user store (password hashed, never returned).
         */
        post: operations["idempiereCreateRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/models/{tableName}/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One record by id or UUID ($select, $expand)
         * @description One PO json record by id or UUID; 404 when missing or not readable by the role.
         */
        get: operations["idempiereGetRecord"];
        /**
         * Update a record (only the columns given); `doc-action: PR` on C_Order sends it to approval
         * @description Updates the columns given and answers the record. With `doc-action: PR` a `C_Order` is sent to approval (a workflow node).
         */
        put: operations["idempiereUpdateRecord"];
        post?: never;
        /**
         * Delete a record
         * @description Deletes the record; `msg` confirms it.
         */
        delete: operations["idempiereDeleteRecord"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/models/{tableName}/{id}/{columnName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Just one column of a record
         * @description An object with just the requested column and its value (null when empty).
         */
        get: operations["idempiereGetRecordColumn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/forms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Forms available (AD_Form), with an optional $filter
         * @description The active forms (`AD_Form`) as PO json records. Any authenticated user: forms are menu metadata.
         */
        get: operations["idempiereListForms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/caches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Caches of this isolate (filter by table_name or name)
         * @description The named caches of the isolate that answers (right `base.framework.cache.view`).
         */
        get: operations["idempiereListCaches"];
        put?: never;
        post?: never;
        /**
         * Reset caches: all, one table's, or one record's
         * @description Clears cache entries (right `base.framework.cache.reset`): all, those of one table, or one record's; answers how many.
         */
        delete: operations["idempiereResetCaches"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workflow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Pending workflow nodes of the current user
         * @description Every suspended, unprocessed node waiting for the caller (right `base.framework.workflow.view`).
         */
        get: operations["idempiereListMyWorkflowNodes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workflow/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Pending workflow nodes of another user (admin)
         * @description Every suspended, unprocessed node waiting for the user; another user's nodes need an administrator.
         */
        get: operations["idempiereListUserWorkflowNodes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workflow/approve/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Approve an approval node
         * @description Approves an approval node (column `IsApproved`); the workflow goes on. Right `base.framework.workflow.process`; unknown or not yours: 404; already processed: 409; an action that does not fit the node: 400.
         */
        put: operations["idempiereApproveNode"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workflow/reject/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Reject an approval node
         * @description Rejects an approval node (column `IsApproved`); the workflow ends. Right `base.framework.workflow.process`; unknown or not yours: 404; already processed: 409; an action that does not fit the node: 400.
         */
        put: operations["idempiereRejectNode"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workflow/forward/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Forward a node to another user
         * @description Hands an approval node to another user, who then finds it in their pending nodes. Right `base.framework.workflow.process`; unknown or not yours: 404; already processed: 409; an action that does not fit the node: 400.
         */
        put: operations["idempiereForwardNode"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workflow/acknowledge/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Acknowledge a notification node
         * @description Acknowledges a notification node (no decision needed); the workflow goes on. Right `base.framework.workflow.process`; unknown or not yours: 404; already processed: 409; an action that does not fit the node: 400.
         */
        put: operations["idempiereAcknowledgeNode"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workflow/setuserchoice/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the user choice of a node
         * @description Like approve and reject, for nodes whose column is a list or text: sets the chosen value. Right `base.framework.workflow.process`; unknown or not yours: 404; already processed: 409; an action that does not fit the node: 400.
         */
        put: operations["idempiereSetNodeUserChoice"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate a JWT (type=database: password check; mode=framework: administrators only)
         * @description Checks the user name and password (throttled: repeated failures answer 429 with `Retry-After`) and answers a JWT for the pool and mode. `mode=framework` is refused to non-administrators (403); `type=oidc` is not configured on this server (501).
         */
        post: operations["libertyCreateToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/user": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The user as USR_* columns (a non-admin may read only themself)
         * @description One user as Liberty's `USR_*` columns, never a password. Without `user`, the caller; another user needs an administrator (403 otherwise).
         */
        get: operations["libertyGetUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/db/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open a pool (its PoolDO verifies it answers)
         * @description Opens the target pool; its Durable Object checks that the database answers. Answers `connected`.
         */
        get: operations["libertyOpenPool"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/db/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Close a pool (the next query reopens it)
         * @description Marks the pool closed; the next query on it opens it again. Answers `disconnected`.
         */
        get: operations["libertyClosePool"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/db/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The current date from the target pool
         * @description A basic check that the database answers: one row with `ROW_ID` and `CURRENT_DATE`.
         */
        get: operations["libertyCheckPool"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/db/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Run a stored query: data (type=table) or its columns (type=columns); q filters, params bind, offset/limit page
         * @description Runs the stored SELECT of query `query` (right `base.framework.query.execute`). `type=table` answers a page of rows (`hasMore` tells whether more follow); `type=columns` answers the result columns with their labels in `language`. `q` filters on the result columns (see the parameter), `params` binds the statement's named parameters.
         */
        get: operations["libertyRunQuery"];
        /**
         * Run the stored PUT statement of a query with the body's key/values (an array = several rows, one atomic batch)
         * @description Runs the stored UPDATE of query `query`. Each object binds the statement's named parameters (`:NAME`); an array runs the statement once per object in one atomic batch. Needs the right `base.framework.record.edit` (read-only users get 403). An empty body is a 400.
         */
        put: operations["libertyUpdateRows"];
        /**
         * Run the stored POST statement of a query with the body's key/values (an array = several rows, one atomic batch)
         * @description Runs the stored INSERT of query `query`. Each object binds the statement's named parameters (`:NAME`); an array runs the statement once per object in one atomic batch. Needs the right `base.framework.record.edit` (read-only users get 403). An empty body is a 400.
         */
        post: operations["libertyInsertRows"];
        /**
         * Run the stored DELETE statement of a query with the body's key/values (an array = several rows, one atomic batch)
         * @description Runs the stored DELETE of query `query`. Each object binds the statement's named parameters (`:NAME`); an array runs the statement once per object in one atomic batch. Needs the right `base.framework.record.edit` (read-only users get 403). An empty body is a 400.
         */
        delete: operations["libertyDeleteRows"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/db/audit/{table}/{user}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Store a snapshot of the row(s) matching the body's key values in the audit history
         * @description Copies the rows of `table` whose columns equal the body's key values into the audit history, stamped with the caller (the path's `user` is not trusted). Answers how many snapshots were stored.
         */
        post: operations["libertyAuditRows"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/fmw/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Framework applications
         * @description The applications of the framework (`LY_APPLICATIONS`). Any authenticated user.
         */
        get: operations["libertyListApplications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/fmw/modules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Framework modules
         * @description The framework modules and whether each is enabled (`LY_MODULES`). Any authenticated user.
         */
        get: operations["libertyListModules"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/fmw/themes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Framework themes
         * @description Theme colours, one row per theme and colour key (`LY_THEMES`). Any authenticated user.
         */
        get: operations["libertyListThemes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/fmw/encrypt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Encrypt a value (AES-GCM, `ENC:` prefix); an encrypted input comes back unchanged
         * @description Encrypts `plain_text` with the server's key (AES-GCM) for storing in configuration; answers `ENC:…`. Needs the right `base.encrypt.use`.
         */
        post: operations["libertyEncrypt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List log entries (format json or text, page, filter_key/filter_value)
         * @description A page of 100 log entries, newest first (right `base.framework.log.view`). `format=text` answers one line per entry (`timestamp [LEVEL] category message`) as `text/plain`.
         */
        get: operations["libertyListLogs"];
        put?: never;
        /**
         * Store a log entry (KV, kept 7 days)
         * @description Stores one client log entry with the caller's login; answers its id. Any authenticated user.
         */
        post: operations["libertyPushLog"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/logs/details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One log entry
         * @description One log entry by id, in a one-item list (right `base.framework.log.view`); 404 when unknown or expired.
         */
        get: operations["libertyGetLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/setup/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Applied migration version of each pool
         * @description The latest applied migration and the count of applied ones, per configured pool (right `base.setup.view`).
         */
        get: operations["libertyGetSetupVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/setup/install": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Install a pool: the body is validated (host/port/database/user do not apply to D1); pending migrations and base data are applied, idempotently
         * @description Applies the pending migrations and base data to one pool (right `base.setup.install`); running it again changes nothing. Answers the migrations applied.
         */
        post: operations["libertyInstallPool"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/setup/upgrade": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Apply pending migrations to every pool
         * @description Applies the pending migrations to every configured pool (right `base.setup.install`); answers what was applied where.
         */
        post: operations["libertyUpgradePools"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/setup/downgrade/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Roll a pool back to a version with the down scripts (409 when a step has none)
         * @description Runs the down scripts of every migration applied after `version`, newest first (right `base.setup.install`); answers the migrations rolled back. 409 when one of them has no down script.
         */
        post: operations["libertyDowngradePool"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/setup/revision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a revision marker: the latest applied migration of each pool, when and by whom
         * @description Records, for each pool, its latest applied migration with the time and the caller (right `base.setup.install`).
         */
        post: operations["libertyRecordRevision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/export/repository": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every table of the framework pool with definition and rows (hidden columns excluded), streamed
         * @description One JSON document with every table of the framework pool: its CREATE statement, columns and rows (hidden columns excluded), streamed page by page. Right `base.setup.export`.
         */
        get: operations["libertyExportRepository"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in: user, token and its lifetime
         * @description Checks the user name and password (throttled: repeated failures answer 429 with `Retry-After`) and answers the user, a JWT and its issue and expiry times (Unix seconds).
         */
        post: operations["datagerryLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Users
         * @description A page of users (right `base.user-management.user.view`); `filter` applies to the user properties.
         */
        get: operations["datagerryListUsers"];
        put?: never;
        /**
         * Insert a user (the password is hashed, never returned)
         * @description Inserts a user (right `base.user-management.user.add`); the password is hashed and never returned. Answers it with `Location`.
         */
        post: operations["datagerryCreateUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/users/{public_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One user
         * @description One user (right `base.user-management.user.view`).
         */
        get: operations["datagerryGetUser"];
        /**
         * Update a user (no password: kept)
         * @description Updates a user (right `base.user-management.user.edit`); without `password` the old one is kept.
         */
        put: operations["datagerryUpdateUser"];
        post?: never;
        /**
         * Delete a user
         * @description Deletes a user (right `base.user-management.user.delete`).
         */
        delete: operations["datagerryDeleteUser"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/users/{public_id}/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A user's settings (own, or admin)
         * @description Every setting of the user: the caller's own, or anyone's for an administrator (403 otherwise).
         */
        get: operations["datagerryListUserSettings"];
        put?: never;
        /**
         * Insert a setting
         * @description Inserts a setting for the user (the path's user, whatever the body says); 409 when the identifier exists.
         */
        post: operations["datagerryCreateUserSetting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/users/{public_id}/settings/{identifier}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One setting
         * @description One setting of the user, in a one-item `results` list.
         */
        get: operations["datagerryGetUserSetting"];
        /**
         * Update a setting
         * @description Replaces a setting of the user.
         */
        put: operations["datagerryUpdateUserSetting"];
        post?: never;
        /**
         * Delete a setting
         * @description Deletes a setting of the user.
         */
        delete: operations["datagerryDeleteUserSetting"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Groups
         * @description A page of groups with their rights (right `base.user-management.group.view`). Groups cannot be filtered.
         */
        get: operations["datagerryListGroups"];
        put?: never;
        /**
         * Insert a group (rights by name)
         * @description Inserts a group (right `base.user-management.group.add`); rights are given by name.
         */
        post: operations["datagerryCreateGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/groups/{public_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One group
         * @description One group with its rights.
         */
        get: operations["datagerryGetGroup"];
        /**
         * Update a group
         * @description Replaces a group's name, label and rights (right `base.user-management.group.edit`).
         */
        put: operations["datagerryUpdateGroup"];
        post?: never;
        /**
         * Delete a group; action=MOVE&group_id= moves its users, action=DELETE deletes them (groups 1 and 2 cannot be deleted)
         * @description Deletes a group (right `base.user-management.group.delete`). Its users move to `group_id` (`action=MOVE`) or are deleted (`action=DELETE`); groups 1 (admin) and 2 (user) cannot be deleted.
         */
        delete: operations["datagerryDeleteGroup"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/rights/levels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Security levels
         * @description The security levels and their numbers.
         */
        get: operations["datagerryListSecurityLevels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/rights": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The rights catalogue (view=list|tree)
         * @description A page of the rights catalogue, as a list or (`view=tree`) master rights with their children. Rights cannot be filtered.
         */
        get: operations["datagerryListRights"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/rights/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One right
         * @description One right by name.
         */
        get: operations["datagerryGetRight"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Types
         * @description A page of the types the caller may read (right `base.framework.type.view`; a type ACL can hide types). Types cannot be filtered.
         */
        get: operations["datagerryListTypes"];
        put?: never;
        /**
         * Insert a type
         * @description Inserts a type (right `base.framework.type.add`); answers it with its id and `Location`.
         */
        post: operations["datagerryCreateType"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/types/{public_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One type
         * @description One type (right `base.framework.type.view`).
         */
        get: operations["datagerryGetType"];
        /**
         * Update a type
         * @description Replaces a type (right `base.framework.type.edit`). Objects keep their values; fields no longer in the type make them "unclean" (see `/objects/clean`).
         */
        put: operations["datagerryUpdateType"];
        post?: never;
        /**
         * Delete a type (409 while it has objects, unless delete_objects=true)
         * @description Deletes a type (right `base.framework.type.delete`); 409 while objects of it exist, unless `delete_objects=true` deletes them too.
         */
        delete: operations["datagerryDeleteType"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/objects/clean/{public_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Objects of a type whose fields no longer match it
         * @description Objects of the type whose fields no longer match it (right `base.framework.type.clean`).
         */
        get: operations["datagerryListUncleanObjects"];
        /**
         * Clean them: drop unknown fields, add missing ones
         * @description Drops the fields the type no longer has and adds the missing ones (null) to every object of the type; answers the cleaned objects.
         */
        put: operations["datagerryCleanObjects"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/objects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Objects (view native|render, filter on columns and fields.<name>, projection)
         * @description A page of the objects the caller may read (right `base.framework.object.view` and the type ACL), `native` or `render`ed; `filter` applies to columns and to field values as `fields.<name>`.
         */
        get: operations["datagerryListObjects"];
        put?: never;
        /**
         * Insert an object (validated against its type)
         * @description Inserts an object; its fields are validated against its type (unknown fields, missing required ones, wrong types are 400). Answers it with `Location`.
         */
        post: operations["datagerryCreateObject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/objects/{public_id}/native": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One object, native
         * @description One object as stored: field names and values (passwords masked).
         */
        get: operations["datagerryGetNativeObject"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/objects/{public_id}/references": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Objects referencing this one
         * @description A page of the objects whose `ref` fields point to this object; same parameters as the object list.
         */
        get: operations["datagerryListObjectReferences"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/objects/{public_id}/state": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Activation state
         * @description Whether the object is active: `true` or `false`.
         */
        get: operations["datagerryGetObjectState"];
        /**
         * Set the activation state (body: true or false)
         * @description Activates or deactivates an object (right `base.framework.object.activation`); the body is `true`, `false` or `{"active": …}`.
         */
        put: operations["datagerrySetObjectState"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/objects/{public_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One object, rendered
         * @description One object rendered with its type: object and type information, labelled fields, sections, summaries, externals.
         */
        get: operations["datagerryGetObject"];
        /**
         * Update an object (version bump by how much changed)
         * @description Updates an object's fields (validated against its type) and `active`/`status`; the version goes up by how much changed.
         */
        put: operations["datagerryUpdateObject"];
        post?: never;
        /**
         * Delete one object, or several (`1,2,3`), all or nothing
         * @description Deletes one object, or several (`1,2,3`, at most 90) all or nothing (right `base.framework.object.delete`). Answers the deleted object, or the list of them.
         */
        delete: operations["datagerryDeleteObjects"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Categories (view=list|tree)
         * @description A page of categories as a flat list, or (`view=tree`) the root categories with their children. Categories cannot be filtered.
         */
        get: operations["datagerryListCategories"];
        put?: never;
        /**
         * Insert a category
         * @description Inserts a category (right `base.framework.category.add`); answers it with `Location`.
         */
        post: operations["datagerryCreateCategory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/categories/{public_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One category
         * @description One category.
         */
        get: operations["datagerryGetCategory"];
        /**
         * Update a category (a category cannot be its own ancestor)
         * @description Replaces a category (right `base.framework.category.edit`); a category cannot become its own ancestor (400).
         */
        put: operations["datagerryUpdateCategory"];
        post?: never;
        /**
         * Delete a category (children move to its parent)
         * @description Deletes a category (right `base.framework.category.delete`); its children move to its parent.
         */
        delete: operations["datagerryDeleteCategory"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in with login and password (query string, JSON or form fields); answers the raw JWT
         * @description Checks `login` and `password` (throttled: repeated failures answer 429 with `Retry-After`) and answers the raw JWT as text. Wrong credentials are a raw 403 `Forbidden`, as in the original.
         */
        post: operations["ribbon2Login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The current user
         * @description The user the token belongs to, with the names of their groups.
         */
        get: operations["ribbon2GetAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/user": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A page of users (Admins)
         * @description A page of users (members of `Admins`).
         */
        get: operations["ribbon2ListUsers"];
        /**
         * Edit a user (Admins); without password the old one is kept
         * @description Edits the user named by `id` (members of `Admins`); without `password` the old one is kept. USER_NOT_FOUND for an unknown id.
         */
        put: operations["ribbon2UpdateUser"];
        /**
         * Create a user (Admins)
         * @description Creates a user (members of `Admins`); only existing groups are linked. Answers the user without password.
         */
        post: operations["ribbon2CreateUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/user/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One user (Admins)
         * @description One user (members of `Admins`); USER_NOT_FOUND for an unknown id.
         */
        get: operations["ribbon2GetUser"];
        put?: never;
        post?: never;
        /**
         * Delete a user (Admins)
         * @description Deletes a user (members of `Admins`); answers a raw 200 with no body.
         */
        delete: operations["ribbon2DeleteUser"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/group": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A page of groups (Admins)
         * @description A page of groups (members of `Admins`).
         */
        get: operations["ribbon2ListGroups"];
        /**
         * Edit a group (Admins)
         * @description Edits the group named by `id` (members of `Admins`); GROUP_NOT_FOUND for an unknown id.
         */
        put: operations["ribbon2UpdateGroup"];
        /**
         * Create a group (Admins)
         * @description Creates a group (members of `Admins`).
         */
        post: operations["ribbon2CreateGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/group/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One group (Admins)
         * @description One group (members of `Admins`); GROUP_NOT_FOUND for an unknown id.
         */
        get: operations["ribbon2GetGroup"];
        put?: never;
        post?: never;
        /**
         * Delete a group (Admins); its members move to the base user group
         * @description Deletes a group (members of `Admins`); its members move to the base user group. Answers a raw 200 with no body.
         */
        delete: operations["ribbon2DeleteGroup"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/directory/access/permission/current/{path}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My effective permissions in a directory
         * @description My effective permissions in the directory: its own rules, else its nearest ancestor's with rules, else the defaults (only canReadMessage).
         */
        get: operations["ribbon2GetMyPermissions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/directory/permission/{perm}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Directories where I hold a permission
         * @description The directories where I hold the permission (`canCreateDir`, `canUpdateDir`, `canDeleteDir`, `canEditAccessDir`, `canReadMessage`, `canCreateMessage`, `canUpdateMessage`, `canDeleteMessage`); PERMISSION_NOT_FOUND for another name.
         */
        get: operations["ribbon2ListDirectoriesWithPermission"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/directory/access/{path}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The access rules of a directory
         * @description The directory's own access rules.
         */
        get: operations["ribbon2GetDirectoryAccess"];
        put?: never;
        /**
         * Replace the access rules of a directory (canEditAccessDir)
         * @description Replaces the directory's access rules (permission canEditAccessDir): one entry per user, group or everyone (`ALL`). Unknown users, groups or permissions are USER_NOT_FOUND, GROUP_NOT_FOUND, PERMISSION_NOT_FOUND. Answers a raw 200.
         */
        post: operations["ribbon2SetDirectoryAccess"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/directory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A page of directories
         * @description A page of directories.
         */
        get: operations["ribbon2ListDirectories"];
        /**
         * Update a directory's description (canUpdateDir)
         * @description Updates the description of the directory named by `fullName` (permission canUpdateDir); nothing else changes. DIRECTORY_NOT_FOUND for an unknown one.
         */
        put: operations["ribbon2UpdateDirectory"];
        /**
         * Create a directory and its missing parents (canCreateDir on the last existing ancestor)
         * @description Creates the directory and any missing parents; the permission canCreateDir is checked on the last existing ancestor.
         */
        post: operations["ribbon2CreateDirectory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/directory/{path}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One directory by full name
         * @description One directory by full name; DIRECTORY_NOT_FOUND for an unknown one.
         */
        get: operations["ribbon2GetDirectory"];
        put?: never;
        post?: never;
        /**
         * Delete a directory and its subtree (canDeleteDir)
         * @description Deletes the directory and its subtree (permission canDeleteDir). Answers a raw 200.
         */
        delete: operations["ribbon2DeleteDirectory"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/direcotry/access/permission/current/{path}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My effective permissions in a directory
         * @description My effective permissions in the directory: its own rules, else its nearest ancestor's with rules, else the defaults (only canReadMessage).
         */
        get: operations["ribbon2GetMyPermissionsDirecotry"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/direcotry/permission/{perm}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Directories where I hold a permission
         * @description The directories where I hold the permission (`canCreateDir`, `canUpdateDir`, `canDeleteDir`, `canEditAccessDir`, `canReadMessage`, `canCreateMessage`, `canUpdateMessage`, `canDeleteMessage`); PERMISSION_NOT_FOUND for another name.
         */
        get: operations["ribbon2ListDirectoriesWithPermissionDirecotry"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/direcotry/access/{path}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The access rules of a directory
         * @description The directory's own access rules.
         */
        get: operations["ribbon2GetDirectoryAccessDirecotry"];
        put?: never;
        /**
         * Replace the access rules of a directory (canEditAccessDir)
         * @description Replaces the directory's access rules (permission canEditAccessDir): one entry per user, group or everyone (`ALL`). Unknown users, groups or permissions are USER_NOT_FOUND, GROUP_NOT_FOUND, PERMISSION_NOT_FOUND. Answers a raw 200.
         */
        post: operations["ribbon2SetDirectoryAccessDirecotry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/direcotry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A page of directories
         * @description A page of directories.
         */
        get: operations["ribbon2ListDirectoriesDirecotry"];
        /**
         * Update a directory's description (canUpdateDir)
         * @description Updates the description of the directory named by `fullName` (permission canUpdateDir); nothing else changes. DIRECTORY_NOT_FOUND for an unknown one.
         */
        put: operations["ribbon2UpdateDirectoryDirecotry"];
        /**
         * Create a directory and its missing parents (canCreateDir on the last existing ancestor)
         * @description Creates the directory and any missing parents; the permission canCreateDir is checked on the last existing ancestor.
         */
        post: operations["ribbon2CreateDirectoryDirecotry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/direcotry/{path}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One directory by full name
         * @description One directory by full name; DIRECTORY_NOT_FOUND for an unknown one.
         */
        get: operations["ribbon2GetDirectoryDirecotry"];
        put?: never;
        post?: never;
        /**
         * Delete a directory and its subtree (canDeleteDir)
         * @description Deletes the directory and its subtree (permission canDeleteDir). Answers a raw 200.
         */
        delete: operations["ribbon2DeleteDirectoryDirecotry"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/message/property/{uid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a property to a message (canUpdateMessage)
         * @description Adds a property to a message (permission canUpdateMessage); properties cannot be changed or removed. MESSAGE_NOT_FOUND, or PROPERTY_TYPE_NOT_FOUND for an unregistered type.
         */
        post: operations["ribbon2AddMessageProperty"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/message": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A page of the messages I may read (filter by directory and tag)
         * @description A page of the messages I may read, optionally in one directory or with one tag.
         */
        get: operations["ribbon2ListMessages"];
        /**
         * Edit a message: header, content, directories, tags; properties can only be added
         * @description Edits the message named by `uid` (permission canUpdateMessage): header, content, directories and tags change, new properties are added; answers it with `updated` and `updatedBy`.
         */
        put: operations["ribbon2UpdateMessage"];
        /**
         * Create a message (canCreateMessage in each directory)
         * @description Creates a message in one or more directories (permission canCreateMessage in each); `parentUid` makes it a reply. MESSAGE_DIRECORIES_REQUIRED when no directory is given.
         */
        post: operations["ribbon2CreateMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/message/{uid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One message (only if readable in one of its directories)
         * @description One message, if it is readable in one of its directories; MESSAGE_NOT_FOUND otherwise.
         */
        get: operations["ribbon2GetMessage"];
        put?: never;
        post?: never;
        /**
         * Delete a message (canDeleteMessage in each of its directories)
         * @description Deletes a message (permission canDeleteMessage in each of its directories). Answers a raw 200.
         */
        delete: operations["ribbon2DeleteMessage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/io/protocol": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Available import/export protocols
         * @description The import and export protocols this server has, with the config keys each scheme needs.
         */
        get: operations["ribbon2ListProtocols"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/io/scheme": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The schemes
         * @description Every scheme, without config (members of `Admins`).
         */
        get: operations["ribbon2ListSchemes"];
        put?: never;
        /**
         * Create or update a scheme (secret config values stored encrypted, answered masked)
         * @description Creates or replaces a scheme (members of `Admins`): `id` names the protocol (`type:protocol`), `config` its settings. Secret values (keys naming a password, secret, token or key) are stored encrypted and answered masked.
         */
        post: operations["ribbon2SaveScheme"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/io/scheme/{type}/{protocol}/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One scheme with its config (secrets masked)
         * @description One scheme with its config, secrets masked (members of `Admins`).
         */
        get: operations["ribbon2GetScheme"];
        put?: never;
        post?: never;
        /**
         * Delete a scheme
         * @description Deletes a scheme (members of `Admins`). Answers a raw 200.
         */
        delete: operations["ribbon2DeleteScheme"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/io/export/scheme/{protocol}/{name}/assign/{dir}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assign an export scheme to a directory
         * @description Every message created or edited in the directory from now on is exported through the scheme (members of `Admins`). Answers a raw 200.
         */
        post: operations["ribbon2AssignExportScheme"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/io/export/scheme/{protocol}/{name}/dismiss/{dir}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Dismiss an export scheme to a directory
         * @description Stops exporting the directory's messages through the scheme (members of `Admins`). Answers a raw 200.
         */
        post: operations["ribbon2DismissExportScheme"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/io/export/outbox/{protocol}/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Files in a plain export scheme's outbox
         * @description The files in a plain export scheme's outbox (members of `Admins`): one JSON file per message exported, kept for a limited time.
         */
        get: operations["ribbon2ListOutboxFiles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/io/export/outbox/{protocol}/{name}/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One exported file
         * @description One exported file: the message as it was when exported (members of `Admins`).
         */
        get: operations["ribbon2GetOutboxFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/io/import/{protocol}/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a document through a plain import scheme: it becomes a message in the scheme's directory
         * @description Imports a document through a plain import scheme: it becomes a message in the scheme's directory (permission canCreateMessage there).
         */
        post: operations["ribbon2ImportDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Service name, version and links to the API documentation
         * @description The service name and version, and where the documentation lives: Redoc, Swagger UI and this document.
         */
        get: operations["atriumGetServiceInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        IdAuthenticationResponse: {
            /** @description First step: the clients the user may log in to. */
            clients?: components["schemas"]["IdNamedItem"][];
            userId?: number;
            language?: string;
            menuTreeId?: number;
            /** @description First step: a token for the `/auth` calls only (10 minutes); second step: the API token. */
            token: string;
            /** @description Second step: the refresh token (rotated on use). */
            refresh_token?: string;
        };
        IdNamedItem: {
            id: number;
            name: string;
        };
        IdError: {
            title: string;
            status: number;
            detail: string;
        };
        IdAuthenticationRequest: {
            userName: string;
            password: string;
            parameters?: components["schemas"]["IdAuthenticationParameters"];
        };
        /** @description The second step at once: answers the API token directly. */
        IdAuthenticationParameters: {
            /** @description Client (tenant), by id or name; default: the first one. */
            clientId?: number | string;
            /** @description Role, by id or name. */
            roleId: number | string;
            /** @description Organization, by id or name; default: the first one. */
            organizationId?: number | string;
            /** @description Warehouse, by id or name. */
            warehouseId?: number | string;
            /**
             * @description Language; default: the client's.
             * @example en_US
             */
            language?: string;
        };
        IdRoles: {
            roles: components["schemas"]["IdNamedItem"][];
        };
        IdOrganizations: {
            organizations: components["schemas"]["IdNamedItem"][];
        };
        IdWarehouses: {
            warehouses: components["schemas"]["IdNamedItem"][];
        };
        IdLanguage: {
            /** @example en_US */
            AD_Language: string;
        };
        IdRefreshedTokens: {
            token: string;
            refresh_token: string;
        };
        IdRefreshRequest: {
            /** @description The latest refresh token. */
            refresh_token: string;
            /** @description Accepted for compatibility; ignored. */
            clientId?: number;
            /** @description Accepted for compatibility; ignored. */
            userId?: number;
        };
        IdLoggedOut: {
            /** @example OK */
            summary: string;
        };
        IdLogoutRequest: {
            /** @description Any token of the session (default: the bearer token). */
            token?: string;
        };
        IdModels: {
            models: {
                id: number;
                uid: string;
                /** @description The table, in lower case. */
                "model-name": string;
                /** @description The table name. */
                name: string;
                /** @description `view` for a view, else null. */
                description: string | null;
            }[];
        };
        IdRecordPage: {
            /** @description Pages needed for every record at this page size. */
            "page-count": number;
            /** @description Records per page. */
            "records-size": number;
            /** @description Records skipped. */
            "skip-records": number;
            /** @description Records matching, in total. */
            "row-count": number;
            /** @description Records in this answer. */
            "array-count": number;
            records: components["schemas"]["IdRecord"][];
        };
        /** @description A PO json record: `id`, `uid` and `model-name`, then one property per column (a null column is left out). Yes/No columns are booleans, timestamps ISO 8601 strings; a foreign key is an object `{propertyLabel, id, identifier, model-name}`. `$expand` adds child records as arrays named after the child table. */
        IdRecord: {
            /** @description The record id (its key column); always present. */
            id?: number | string;
            /** @description The record's UUID (`<Table>_UU`), when the table has one. */
            uid?: string;
            /** @description The table, in lower case; always present. */
            "model-name"?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description One property: the column's name and its value.
         * @example {
         *       "Name": "Joe Block"
         *     }
         */
        IdColumnValue: {
            [key: string]: unknown;
        };
        /** @description Column values by column name. Yes/No as true/false, timestamps as ISO 8601; a foreign key as its id, `{id}` or `{identifier, tableName}` (looked up by identifier). An array named after a child table inserts child records after the parent (POST). `id`, `uid`, `model-name` and `tableName` are ignored; `doc-action: PR` on `C_Order` sends the order to approval (PUT). */
        IdRecordInput: {
            [key: string]: unknown;
        };
        IdDeleted: {
            /** @example Deleted c_bpartner 114 */
            msg: string;
        };
        IdForms: {
            forms: components["schemas"]["IdRecord"][];
        };
        IdCaches: {
            caches: components["schemas"]["IdCache"][];
        };
        IdCache: {
            /** @description Cache name. */
            name: string;
            /** @description Table the cache holds, if any. */
            table_name: string;
            /** @description Entries held now. */
            size: number;
            /** @description Entry lifetime in minutes. */
            expireMinutes: number;
            /** @description Most entries kept. */
            maxSize: number;
            /** @description Whether the cache is shared between servers (never: per isolate). */
            distributed: boolean;
        };
        IdCachesReset: {
            entriesReset: number;
        };
        IdWorkflowNodes: {
            "row-count": number;
            nodes: components["schemas"]["IdWorkflowNode"][];
        };
        IdWorkflowNode: {
            id: number;
            uid: string;
            "model-name": string;
            "node-name": string;
            "node-description": string | null;
            priority: number;
            summary: string | null;
            "node-help": string | null;
            /** @description The node's history as an HTML fragment (`<p>` per step). */
            "history-records": string;
            /** @description Table of the record the node is about. */
            "table-name": string;
            ad_table_id: number;
            /** @description Id of the record the node is about. */
            record_id: number;
            /** @description An approval node (approve or reject). */
            "node-approval": boolean;
            /** @description A notification node (acknowledge). */
            "node-confirmation": boolean;
        };
        IdWorkflowResult: {
            msg: string;
            summary: string | null;
            "history-records": string;
        };
        LibertyToken: {
            /** @description The JWT: send it as `Authorization: Bearer <access_token>`. */
            access_token: string;
            /** @enum {string} */
            token_type: "bearer";
            /** @enum {string} */
            status: "success";
            message: string;
        };
        LibertyFailure: {
            /** @enum {string} */
            status: "failed";
            message: string;
        };
        LibertyValidationError: {
            detail: {
                loc: (string | number)[];
                msg: string;
                type: string;
            }[];
        };
        LibertyLoginRequest: {
            /** @description Login name. */
            user: string;
            /** @description Password. */
            password: string | null;
        };
        LibertyUserList: {
            items: components["schemas"]["LibertyUser"][];
            /** @enum {string} */
            status: "success";
        };
        LibertyUser: {
            ROW_ID: number;
            USR_ID: string;
            USR_NAME: string | null;
            USR_EMAIL: string | null;
            /** @enum {string} */
            USR_STATUS: "Y" | "N";
            /** @enum {string} */
            USR_ADMIN: "Y" | "N";
            USR_LANGUAGE: string;
            USR_MODE: string;
            /** @enum {string} */
            USR_READONLY: "Y" | "N";
            USR_DASHBOARD: string | null;
            USR_THEME: string;
        };
        LibertyStatus: {
            /** @enum {string} */
            status: "success";
            /** @example connected */
            message: string;
        };
        LibertyPoolCheck: {
            /** @enum {string} */
            status: "success";
            pool: string;
            rows: {
                ROW_ID: number;
                /** @description The database's current date and time. */
                CURRENT_DATE: string | null;
            }[];
            rowCount: number;
            meta_data: components["schemas"]["LibertyColumnsMeta"];
        };
        LibertyColumnsMeta: {
            /** @description Column name. */
            name: string;
            /** @description Column type as Liberty names it: `int`, `str`, `float`, `datetime`, … */
            type: string;
        }[];
        LibertyQueryResult: {
            /** @description The rows (`type=table`), or one `LibertyColumnInfo` per result column (`type=columns`). */
            items: (components["schemas"]["LibertyColumnInfo"] | components["schemas"]["LibertyRow"])[];
            /** @enum {string} */
            status: "success";
            metadata: components["schemas"]["LibertyColumnsMeta"];
            hasMore: boolean;
            limit: number;
            offset: number;
            count: number;
        };
        LibertyColumnInfo: {
            /** @description Column name. */
            field: string;
            /** @description Label from the data dictionary in `language` (the name when none). */
            header: string;
            /** @description Column type (`int`, `str`, …). */
            type: string;
            /** @description Default filter operator: `like` for text, `=` otherwise. */
            operator: string;
            /** @description Validation rules (none are defined: always empty). */
            rules: unknown[];
            /** @description Default value (always null). */
            default: null;
        };
        /** @description One row: the stored query's result columns by name (`ROW_ID` first). */
        LibertyRow: {
            [key: string]: unknown;
        };
        LibertyWriteResult: {
            /** @description Always empty for writes. */
            items: unknown[];
            /** @enum {string} */
            status: "success";
            /** @description Rows written (or snapshots stored). */
            count: number;
        };
        LibertyApplicationList: {
            /** @enum {string} */
            status: "success";
            pool: string;
            items: components["schemas"]["LibertyApplication"][];
            rowCount: number;
            /** @description The columns returned, with their types (`int`, `str`, `json`, …). */
            meta_data: {
                name: string;
                type: string;
            }[];
        };
        LibertyApplication: {
            /** @description Position in the list, from 1 (always present). */
            ROW_ID?: number;
            APPS_ID?: number;
            APPS_NAME?: string;
            APPS_DESCRIPTION?: string;
            /** @description Pool alias the application works on. */
            APPS_POOL?: string;
            APPS_OFFSET?: number;
            APPS_LIMIT?: number;
            APPS_VERSION?: number;
            APPS_DASHBOARD?: number;
            APPS_THEME?: string;
        };
        LibertyModuleList: {
            /** @enum {string} */
            status: "success";
            pool: string;
            items: components["schemas"]["LibertyModule"][];
            rowCount: number;
            /** @description The columns returned, with their types (`int`, `str`, `json`, …). */
            meta_data: {
                name: string;
                type: string;
            }[];
        };
        LibertyModule: {
            /** @description Position in the list, from 1 (always present). */
            ROW_ID?: number;
            MODULE_ID?: string;
            MODULE_DESCRIPTION?: string;
            /** @enum {string} */
            MODULE_ENABLED?: "Y" | "N";
            /** @description The module's settings (JSON), when it has any. */
            MODULE_PARAMS?: {
                [key: string]: unknown;
            };
        };
        LibertyThemeList: {
            /** @enum {string} */
            status: "success";
            pool: string;
            items: components["schemas"]["LibertyThemeColor"][];
            rowCount: number;
            /** @description The columns returned, with their types (`int`, `str`, `json`, …). */
            meta_data: {
                name: string;
                type: string;
            }[];
        };
        LibertyThemeColor: {
            /** @description Position in the list, from 1 (always present). */
            ROW_ID?: number;
            THM_NAME?: string;
            /** @description Colour key (`primary`, `secondary`, …). */
            TCL_KEY?: string;
            /** @description Colour in the light mode. */
            TCL_LIGHT?: string;
            /** @description Colour in the dark mode. */
            TCL_DARK?: string;
        };
        LibertyEncrypted: {
            /** @example ENC:wNMyALbXf… */
            encrypted: string;
        };
        LibertyLogStored: {
            /** @enum {string} */
            status: "success";
            id: string;
        };
        LibertyLogInput: {
            /** @enum {string} */
            level: "debug" | "info" | "warn" | "warning" | "error" | "critical" | "DEBUG" | "INFO" | "WARN" | "WARNING" | "ERROR" | "CRITICAL";
            transactionName?: string;
            message: string;
            /** @description HTTP method of the failing call, if any. */
            method?: string;
            /** @description URL of the failing call, if any. */
            url?: string;
            category?: string;
            feature?: string;
            isException?: boolean;
        };
        LibertyLogList: {
            items: components["schemas"]["LibertyLogEntry"][];
            /** @enum {string} */
            status: "success";
            count: number;
            hasMore: boolean;
        };
        LibertyLogEntry: {
            /** @description Entry id (time-ordered). */
            id: string;
            /** @description When it was stored (ISO 8601). */
            timestamp: string;
            level: string;
            transactionName?: string;
            message: string;
            method?: string;
            url?: string;
            category?: string;
            feature?: string;
            isException?: boolean;
            /** @description Login of the user who sent it. */
            user?: string;
        };
        LibertyLogDetails: {
            items: components["schemas"]["LibertyLogEntry"][];
            /** @enum {string} */
            status: "success";
        };
        LibertySetupStatus: {
            items: components["schemas"]["LibertyPoolVersion"][];
            /** @enum {string} */
            status: "success";
            /** @example Setup complete */
            message: string;
            count: number;
        };
        LibertyPoolVersion: {
            pool: string;
            /** @description Latest applied migration (null: none). */
            version: string | null;
            /** @description How many migrations are applied. */
            applied: number;
        };
        LibertySetupResult: {
            items: components["schemas"]["LibertyMigrationStep"][];
            /** @enum {string} */
            status: "success";
            /** @example Setup complete */
            message: string;
            count: number;
        };
        LibertyMigrationStep: {
            pool: string;
            migration: string;
        };
        /** @description The seed's connection settings: validated, though host, port, database and user do not apply to D1. */
        LibertySetupRequest: {
            host: string;
            port: number;
            database: string;
            user: string;
            password: string;
        };
        LibertyExport: {
            /** @enum {string} */
            status: "success";
            /** @example Export complete */
            message: string;
            pool: string;
            /** @description When the export started (ISO 8601). */
            exported_at: string;
            tables: {
                name: string;
                /** @description The table's CREATE statement. */
                definition: string | null;
                columns: {
                    name: string;
                    type: string;
                    primary_key: boolean;
                }[];
                /** @description Every row, by column name (hidden columns excluded). */
                rows: {
                    [key: string]: unknown;
                }[];
            }[];
        };
        DgLogin: {
            user: components["schemas"]["DgUser"];
            /** @description The JWT: send it as `Authorization: Bearer <token>`. */
            token: string;
            /** @description Issue time (Unix seconds). */
            token_issued_at: number;
            /** @description Expiry time (Unix seconds). */
            token_expire: number;
        };
        DgUser: {
            public_id: number;
            user_name: string;
            active: boolean;
            /** @description The user's primary group. */
            group_id: number;
            registration_time: string;
            /** @example LocalAuthenticationProvider */
            authenticator: string;
            email: string | null;
            /** @description Avatar image (data URL), if any. */
            image: string | null;
            first_name: string | null;
            last_name: string | null;
        };
        DgError: {
            status: number;
            response: string;
            message: string;
        };
        DgLoginRequest: {
            user_name: string;
            password: string;
        };
        DgUserList: {
            results: components["schemas"]["DgUser"][];
            /** @description Results in this page. */
            count: number;
            /** @description Results in all pages (also the `X-Total-Count` header). */
            total: number;
            parameters: components["schemas"]["DgListParameters"];
            pager: components["schemas"]["DgPager"];
            pagination: components["schemas"]["DgPagination"];
            /** @description GET, INSERT, UPDATE or DELETE. */
            response_type: string;
            /** @description The resource: User, Group, Type, Object, … */
            model: string;
            /** @description When the answer was made (ISO 8601). */
            time: string;
        };
        /** @description The list parameters in effect. */
        DgListParameters: {
            limit: number;
            sort: string;
            order: number;
            page: number;
            /** @description The filter as given, parsed (`{}` when none). */
            filter?: unknown;
            /** @description List-specific parameters, such as `view`. */
            optional: {
                view?: string;
            };
        };
        DgPager: {
            page: number;
            page_size: number;
            total_pages: number;
        };
        /** @description Page links (also sent in the `Link` header). */
        DgPagination: {
            current: string;
            first: string;
            prev: string;
            next: string;
            last: string;
        };
        DgUserResult: {
            result: components["schemas"]["DgUser"];
            /** @description GET, INSERT, UPDATE or DELETE. */
            response_type: string;
            /** @description The resource: User, Group, Type, Object, … */
            model: string;
            /** @description When the answer was made (ISO 8601). */
            time: string;
        };
        DgUserInserted: {
            /** @description Id of the new resource. */
            result_id: number | string;
            raw: components["schemas"]["DgUser"];
            /** @description GET, INSERT, UPDATE or DELETE. */
            response_type: string;
            /** @description The resource: User, Group, Type, Object, … */
            model: string;
            /** @description When the answer was made (ISO 8601). */
            time: string;
        };
        DgUserInput: {
            public_id?: number;
            user_name: string;
            active?: boolean;
            group_id?: number;
            /** @description New password; absent on update: kept. */
            password?: string;
            email?: string | null;
            image?: string | null;
            first_name?: string | null;
            last_name?: string | null;
        } & {
            [key: string]: unknown;
        };
        DgUserUpdated: {
            result: components["schemas"]["DgUser"];
            /** @description GET, INSERT, UPDATE or DELETE. */
            response_type: string;
            /** @description The resource: User, Group, Type, Object, … */
            model: string;
            /** @description When the answer was made (ISO 8601). */
            time: string;
        };
        DgUserDeleted: {
            deleted_entry: components["schemas"]["DgUser"];
            /** @description GET, INSERT, UPDATE or DELETE. */
            response_type: string;
            /** @description The resource: User, Group, Type, Object, … */
            model: string;
            /** @description When the answer was made (ISO 8601). */
            time: string;
        };
        DgUserSettings: {
            results: components["schemas"]["DgUserSetting"][];
            response_type: string;
            model: string;
            time: string;
        };
        DgUserSetting: {
            identifier: string;
            user_id: number;
            /** @description The setting's value: any JSON the client stores. */
            payload?: unknown;
            /** @description GLOBAL or APPLICATION. */
            setting_type: string;
        };
        DgUserSettingResult: {
            results: components["schemas"]["DgUserSetting"][];
            response_type: string;
            model: string;
            time: string;
        };
        DgUserSettingInserted: {
            /** @description Id of the new resource. */
            result_id: number | string;
            raw: components["schemas"]["DgUserSetting"];
            /** @description GET, INSERT, UPDATE or DELETE. */
            response_type: string;
            /** @description The resource: User, Group, Type, Object, … */
            model: string;
            /** @description When the answer was made (ISO 8601). */
            time: string;
        };
        DgUserSettingInput: {
            identifier: string;
            /** @description Ignored: the path names the user. */
            user_id?: number;
            /** @description Any JSON (at most 100 000 characters). */
            payload?: unknown;
            /**
             * @default GLOBAL
             * @enum {string}
             */
            setting_type: "GLOBAL" | "APPLICATION";
        };
        DgUserSettingUpdated: {
            result: components["schemas"]["DgUserSetting"];
            /** @description GET, INSERT, UPDATE or DELETE. */
            response_type: string;
            /** @description The resource: User, Group, Type, Object, … */
            model: string;
            /** @description When the answer was made (ISO 8601). */
            time: string;
        };
        DgUserSettingDeleted: {
            deleted_entry: components["schemas"]["DgUserSetting"];
            /** @description GET, INSERT, UPDATE or DELETE. */
            response_type: string;
            /** @description The resource: User, Group, Type, Object, … */
            model: string;
            /** @description When the answer was made (ISO 8601). */
            time: string;
        };
        DgGroupList: {
            results: components["schemas"]["DgGroup"][];
            /** @description Results in this page. */
            count: number;
            /** @description Results in all pages (also the `X-Total-Count` header). */
            total: number;
            parameters: components["schemas"]["DgListParameters"];
            pager: components["schemas"]["DgPager"];
            pagination: components["schemas"]["DgPagination"];
            /** @description GET, INSERT, UPDATE or DELETE. */
            response_type: string;
            /** @description The resource: User, Group, Type, Object, … */
            model: string;
            /** @description When the answer was made (ISO 8601). */
            time: string;
        };
        DgGroup: {
            public_id: number;
            name: string;
            label: string | null;
            rights: components["schemas"]["DgRight"][];
        };
        DgRight: {
            /** @description Security level (see `/rights/levels`). */
            level: number;
            /** @example base.framework.object.view */
            name: string;
            label: string;
            description: string;
            /** @description A wildcard right (`….*`) that covers the rights under it. */
            is_master: boolean;
        };
        DgGroupResult: {
            result: components["schemas"]["DgGroup"];
            /** @description GET, INSERT, UPDATE or DELETE. */
            response_type: string;
            /** @description The resource: User, Group, Type, Object, … */
            model: string;
            /** @description When the answer was made (ISO 8601). */
            time: string;
        };
        DgGroupInserted: {
            /** @description Id of the new resource. */
            result_id: number | string;
            raw: components["schemas"]["DgGroup"];
            /** @description GET, INSERT, UPDATE or DELETE. */
            response_type: string;
            /** @description The resource: User, Group, Type, Object, … */
            model: string;
            /** @description When the answer was made (ISO 8601). */
            time: string;
        };
        DgGroupInput: {
            public_id?: number;
            name: string;
            label?: string | null;
            /**
             * @description Rights by name (or `{name}` objects, as the group answers them).
             * @default []
             */
            rights: (string | {
                name: string;
            })[];
        };
        DgGroupUpdated: {
            result: components["schemas"]["DgGroup"];
            /** @description GET, INSERT, UPDATE or DELETE. */
            response_type: string;
            /** @description The resource: User, Group, Type, Object, … */
            model: string;
            /** @description When the answer was made (ISO 8601). */
            time: string;
        };
        DgGroupDeleted: {
            deleted_entry: components["schemas"]["DgGroup"];
            /** @description GET, INSERT, UPDATE or DELETE. */
            response_type: string;
            /** @description The resource: User, Group, Type, Object, … */
            model: string;
            /** @description When the answer was made (ISO 8601). */
            time: string;
        };
        DgSecurityLevelsResult: {
            result: components["schemas"]["DgSecurityLevels"];
            /** @description GET, INSERT, UPDATE or DELETE. */
            response_type: string;
            /** @description The resource: User, Group, Type, Object, … */
            model: string;
            /** @description When the answer was made (ISO 8601). */
            time: string;
        };
        DgSecurityLevels: {
            CRITICAL: number;
            DANGER: number;
            SECURE: number;
            PROTECTED: number;
            PERMISSION: number;
            NOTSET: number;
        };
        DgRightList: {
            results: components["schemas"]["DgRightNode"][];
            /** @description Results in this page. */
            count: number;
            /** @description Results in all pages (also the `X-Total-Count` header). */
            total: number;
            parameters: components["schemas"]["DgListParameters"];
            pager: components["schemas"]["DgPager"];
            pagination: components["schemas"]["DgPagination"];
            /** @description GET, INSERT, UPDATE or DELETE. */
            response_type: string;
            /** @description The resource: User, Group, Type, Object, … */
            model: string;
            /** @description When the answer was made (ISO 8601). */
            time: string;
        };
        DgRightNode: {
            /** @description Security level (see `/rights/levels`). */
            level: number;
            /** @example base.framework.object.view */
            name: string;
            label: string;
            description: string;
            /** @description A wildcard right (`….*`) that covers the rights under it. */
            is_master: boolean;
            /** @description Rights under this master right (`view=tree`). */
            children?: components["schemas"]["DgRightNode"][];
        };
        DgRightResult: {
            result: components["schemas"]["DgRight"];
            /** @description GET, INSERT, UPDATE or DELETE. */
            response_type: string;
            /** @description The resource: User, Group, Type, Object, … */
            model: string;
            /** @description When the answer was made (ISO 8601). */
            time: string;
        };
        DgTypeList: {
            results: components["schemas"]["DgType"][];
            /** @description Results in this page. */
            count: number;
            /** @description Results in all pages (also the `X-Total-Count` header). */
            total: number;
            parameters: components["schemas"]["DgListParameters"];
            pager: components["schemas"]["DgPager"];
            pagination: components["schemas"]["DgPagination"];
            /** @description GET, INSERT, UPDATE or DELETE. */
            response_type: string;
            /** @description The resource: User, Group, Type, Object, … */
            model: string;
            /** @description When the answer was made (ISO 8601). */
            time: string;
        };
        DgType: {
            public_id: number;
            name: string;
            label: string | null;
            description: string | null;
            active: boolean;
            author_id: number | null;
            creation_time: string;
            version: string;
            render_meta: {
                icon?: string;
                sections?: components["schemas"]["DgTypeSection"][];
                externals?: components["schemas"]["DgTypeExternal"][];
                /** @description Fields shown in the summary line. */
                summary?: {
                    fields: string[];
                };
            };
            fields: components["schemas"]["DgTypeField"][];
            acl: components["schemas"]["DgTypeAcl"];
        };
        DgTypeSection: {
            type: string;
            name: string;
            label?: string;
            fields: string[];
        };
        DgTypeExternal: {
            name: string;
            /** @description Link template: `{field}` is replaced by the field's value. */
            href: string;
            label?: string;
            icon?: string;
            fields: string[];
        };
        DgTypeField: {
            /** @description Field type: text, password, textarea, number, checkbox, radio, select, date, ref. */
            type: string;
            name: string;
            label?: string;
            required?: boolean;
            /** @description Choices of a radio or select field. */
            options?: {
                name: string;
                label?: string;
            }[];
            /** @description Types a `ref` field may point to. */
            ref_types?: number[];
        } & {
            [key: string]: unknown;
        };
        DgTypeAcl: {
            /** @description Whether the ACL applies (otherwise rights alone decide). */
            activated: boolean;
            groups: {
                /**
                 * @description Group id → the permissions its members hold on objects of the type: CREATE, READ, UPDATE, DELETE.
                 * @example {
                 *       "2": [
                 *         "READ"
                 *       ]
                 *     }
                 */
                includes: {
                    [key: string]: string[];
                };
            };
        };
        DgTypeResult: {
            result: components["schemas"]["DgType"];
            /** @description GET, INSERT, UPDATE or DELETE. */
            response_type: string;
            /** @description The resource: User, Group, Type, Object, … */
            model: string;
            /** @description When the answer was made (ISO 8601). */
            time: string;
        };
        DgTypeInserted: {
            /** @description Id of the new resource. */
            result_id: number | string;
            raw: components["schemas"]["DgType"];
            /** @description GET, INSERT, UPDATE or DELETE. */
            response_type: string;
            /** @description The resource: User, Group, Type, Object, … */
            model: string;
            /** @description When the answer was made (ISO 8601). */
            time: string;
        };
        DgTypeInput: {
            public_id?: number;
            name: string;
            label?: string | null;
            description?: string | null;
            active?: boolean;
            render_meta?: {
                icon?: string;
                sections?: {
                    type: string;
                    name: string;
                    label?: string;
                    fields: string[];
                }[];
                externals?: {
                    name: string;
                    href: string;
                    label?: string;
                    icon?: string;
                    fields: string[];
                }[];
                summary?: {
                    fields: string[];
                };
            };
            fields?: ({
                /** @enum {string} */
                type: "text" | "password" | "textarea" | "number" | "checkbox" | "radio" | "select" | "date" | "ref";
                name: string;
                label?: string;
            } & {
                [key: string]: unknown;
            })[];
            acl?: {
                activated: boolean;
                groups: {
                    includes: {
                        [key: string]: ("CREATE" | "READ" | "UPDATE" | "DELETE")[];
                    };
                };
            };
        };
        DgTypeUpdated: {
            result: components["schemas"]["DgType"];
            /** @description GET, INSERT, UPDATE or DELETE. */
            response_type: string;
            /** @description The resource: User, Group, Type, Object, … */
            model: string;
            /** @description When the answer was made (ISO 8601). */
            time: string;
        };
        DgTypeDeleted: {
            deleted_entry: components["schemas"]["DgType"];
            /** @description GET, INSERT, UPDATE or DELETE. */
            response_type: string;
            /** @description The resource: User, Group, Type, Object, … */
            model: string;
            /** @description When the answer was made (ISO 8601). */
            time: string;
        };
        DgObjectList: {
            results: components["schemas"]["DgObject"][];
            /** @description Results in this page. */
            count: number;
            /** @description Results in all pages (also the `X-Total-Count` header). */
            total: number;
            parameters: components["schemas"]["DgListParameters"];
            pager: components["schemas"]["DgPager"];
            pagination: components["schemas"]["DgPagination"];
            /** @description GET, INSERT, UPDATE or DELETE. */
            response_type: string;
            /** @description The resource: User, Group, Type, Object, … */
            model: string;
            /** @description When the answer was made (ISO 8601). */
            time: string;
        };
        /** @description An object in its native form. */
        DgObject: {
            public_id: number;
            type_id: number;
            status: number | null;
            /** @description Semantic version, bumped by how much an update changed. */
            version: string;
            creation_time: string;
            author_id: number | null;
            last_edit_time: string | null;
            editor_id: number | null;
            active: boolean;
            fields: components["schemas"]["DgObjectField"][];
            views: number;
        };
        DgObjectField: {
            name: string;
            /** @description Any JSON value; a password field is answered as `********`. */
            value?: unknown;
        };
        DgObjectsCleaned: {
            result: components["schemas"]["DgObject"][];
            /** @description GET, INSERT, UPDATE or DELETE. */
            response_type: string;
            /** @description The resource: User, Group, Type, Object, … */
            model: string;
            /** @description When the answer was made (ISO 8601). */
            time: string;
        };
        DgObjectPage: {
            results: (components["schemas"]["DgObject"] | components["schemas"]["DgObjectProjection"] | components["schemas"]["DgRenderedObject"])[];
            /** @description Results in this page. */
            count: number;
            /** @description Results in all pages (also the `X-Total-Count` header). */
            total: number;
            parameters: components["schemas"]["DgListParameters"];
            pager: components["schemas"]["DgPager"];
            pagination: components["schemas"]["DgPagination"];
            /** @description GET, INSERT, UPDATE or DELETE. */
            response_type: string;
            /** @description The resource: User, Group, Type, Object, … */
            model: string;
            /** @description When the answer was made (ISO 8601). */
            time: string;
        };
        /** @description A native object with only the keys `projection` asked for. */
        DgObjectProjection: {
            public_id?: number;
            type_id?: number;
            status?: number | null;
            /** @description Semantic version, bumped by how much an update changed. */
            version?: string;
            creation_time?: string;
            author_id?: number | null;
            last_edit_time?: string | null;
            editor_id?: number | null;
            active?: boolean;
            fields?: components["schemas"]["DgObjectField"][];
            views?: number;
        };
        /** @description An object rendered with its type: labels, sections, summary, externals. */
        DgRenderedObject: {
            current_render_time: components["schemas"]["DgDate"];
            object_information: {
                object_id: number;
                creation_time: components["schemas"]["DgDate"];
                last_edit_time: components["schemas"]["DgDate"];
                author_id: number | null;
                author_name: string | null;
                editor_id: number | null;
                editor_name: string | null;
                active: boolean;
                version: string;
            };
            type_information: {
                type_id: number;
                type_name: string | null;
                type_label: string | null;
                creation_time: components["schemas"]["DgDate"];
                author_id: number | null;
                author_name: string | null;
                icon: string;
                active: boolean;
                version: string | null;
                acl: components["schemas"]["DgTypeAcl"];
            };
            /** @description Every field of the type, with its label and value. */
            fields: components["schemas"]["DgRenderedField"][];
            sections: components["schemas"]["DgTypeSection"][];
            summaries: components["schemas"]["DgRenderedField"][];
            /** @description The summary fields' values joined with ` | `. */
            summary_line: string;
            /** @description The type's external links with the field values filled in. */
            externals: components["schemas"]["DgTypeExternal"][];
        };
        DgDate: {
            /** @description Milliseconds since 1970 (null: none). */
            $date: number | null;
        };
        DgRenderedField: {
            type: string;
            name: string;
            label: string;
            value?: unknown;
        };
        DgObjectState: {
            result: boolean;
            /** @description GET, INSERT, UPDATE or DELETE. */
            response_type: string;
            /** @description The resource: User, Group, Type, Object, … */
            model: string;
            /** @description When the answer was made (ISO 8601). */
            time: string;
        };
        DgObjectInserted: {
            /** @description Id of the new resource. */
            result_id: number | string;
            raw: components["schemas"]["DgObject"];
            /** @description GET, INSERT, UPDATE or DELETE. */
            response_type: string;
            /** @description The resource: User, Group, Type, Object, … */
            model: string;
            /** @description When the answer was made (ISO 8601). */
            time: string;
        };
        DgObjectInput: {
            type_id: number;
            status?: number | null;
            active?: boolean;
            fields: {
                name: string;
                value?: unknown;
            }[];
        } & {
            [key: string]: unknown;
        };
        DgObjectUpdated: {
            result: components["schemas"]["DgObject"];
            /** @description GET, INSERT, UPDATE or DELETE. */
            response_type: string;
            /** @description The resource: User, Group, Type, Object, … */
            model: string;
            /** @description When the answer was made (ISO 8601). */
            time: string;
        };
        DgObjectUpdate: {
            type_id?: number;
            status?: number | null;
            active?: boolean;
            fields: {
                name: string;
                value?: unknown;
            }[];
        } & {
            [key: string]: unknown;
        };
        DgObjectsDeleted: {
            /** @description The deleted object, or the list of them when several ids were given. */
            deleted_entry: components["schemas"]["DgObject"] | components["schemas"]["DgObject"][];
            /** @description GET, INSERT, UPDATE or DELETE. */
            response_type: string;
            /** @description The resource: User, Group, Type, Object, … */
            model: string;
            /** @description When the answer was made (ISO 8601). */
            time: string;
        };
        DgCategoryList: {
            results: components["schemas"]["DgCategoryNode"][];
            /** @description Results in this page. */
            count: number;
            /** @description Results in all pages (also the `X-Total-Count` header). */
            total: number;
            parameters: components["schemas"]["DgListParameters"];
            pager: components["schemas"]["DgPager"];
            pagination: components["schemas"]["DgPagination"];
            /** @description GET, INSERT, UPDATE or DELETE. */
            response_type: string;
            /** @description The resource: User, Group, Type, Object, … */
            model: string;
            /** @description When the answer was made (ISO 8601). */
            time: string;
        };
        /** @description A category; with `view=tree`, with its children. */
        DgCategoryNode: {
            public_id: number;
            name: string;
            label: string | null;
            meta: {
                icon?: string;
                /** @description Position among its siblings. */
                order?: number | null;
            };
            /** @description Parent category (null: a root). */
            parent: number | null;
            /** @description Types in the category. */
            types: number[];
            /** @description Child categories (`view=tree`). */
            children?: components["schemas"]["DgCategoryNode"][];
        };
        DgCategoryResult: {
            result: components["schemas"]["DgCategory"];
            /** @description GET, INSERT, UPDATE or DELETE. */
            response_type: string;
            /** @description The resource: User, Group, Type, Object, … */
            model: string;
            /** @description When the answer was made (ISO 8601). */
            time: string;
        };
        DgCategory: {
            public_id: number;
            name: string;
            label: string | null;
            meta: {
                icon?: string;
                /** @description Position among its siblings. */
                order?: number | null;
            };
            /** @description Parent category (null: a root). */
            parent: number | null;
            /** @description Types in the category. */
            types: number[];
        };
        DgCategoryInserted: {
            /** @description Id of the new resource. */
            result_id: number | string;
            raw: components["schemas"]["DgCategory"];
            /** @description GET, INSERT, UPDATE or DELETE. */
            response_type: string;
            /** @description The resource: User, Group, Type, Object, … */
            model: string;
            /** @description When the answer was made (ISO 8601). */
            time: string;
        };
        DgCategoryInput: {
            public_id?: number;
            name: string;
            label?: string | null;
            meta?: {
                icon?: string;
                order?: number | null;
            };
            parent?: number | null;
            types?: number[];
        };
        DgCategoryUpdated: {
            result: components["schemas"]["DgCategory"];
            /** @description GET, INSERT, UPDATE or DELETE. */
            response_type: string;
            /** @description The resource: User, Group, Type, Object, … */
            model: string;
            /** @description When the answer was made (ISO 8601). */
            time: string;
        };
        DgCategoryDeleted: {
            deleted_entry: components["schemas"]["DgCategory"];
            /** @description GET, INSERT, UPDATE or DELETE. */
            response_type: string;
            /** @description The resource: User, Group, Type, Object, … */
            model: string;
            /** @description When the answer was made (ISO 8601). */
            time: string;
        };
        R2Error: {
            code: string;
            message: string;
        };
        R2User: {
            id: number;
            login: string;
            firstName: string | null;
            lastName: string | null;
            description: string | null;
            email: string | null;
            enabled: boolean;
            /** @description Names of the user's groups. */
            groups: string[];
        };
        R2UserInput: {
            /** @description The user to edit (PUT). */
            id?: string | number;
            login: string;
            /** @description Raw password; absent on edit: kept. */
            password?: string;
            firstName?: string | null;
            lastName?: string | null;
            description?: string | null;
            email?: string | null;
            enabled?: boolean;
            /** @description Group names; only existing groups are linked. */
            groups?: string[];
        };
        R2UserPage: {
            content: components["schemas"]["R2User"][];
            /** @description Entities in all pages. */
            totalCount: number;
        };
        R2Group: {
            id: number;
            name: string;
            description: string | null;
        };
        R2GroupInput: {
            /** @description The group to edit (PUT). */
            id?: string | number;
            name: string;
            description?: string | null;
        };
        R2GroupPage: {
            content: components["schemas"]["R2Group"][];
            /** @description Entities in all pages. */
            totalCount: number;
        };
        R2Permissions: {
            canCreateDir: boolean;
            canUpdateDir: boolean;
            canDeleteDir: boolean;
            canEditAccessDir: boolean;
            canReadMessage: boolean;
            canCreateMessage: boolean;
            canUpdateMessage: boolean;
            canDeleteMessage: boolean;
        };
        R2Directory: {
            id: number;
            /**
             * @description Last part of the full name.
             * @example Test
             */
            name: string;
            /**
             * @description Dotted path from the root.
             * @example System.Test
             */
            fullName: string;
            description: string | null;
        };
        R2AccessEntries: {
            /** @description User login or group name; null for `ALL`. */
            name?: string | null;
            /** @enum {string} */
            type: "USER" | "GROUP" | "ALL";
            /** @description Permission → allowed, as an object or a list of one-key objects. Permissions not given are not set. */
            permissions: {
                [key: string]: boolean;
            } | {
                [key: string]: boolean;
            }[];
        }[];
        R2AccessEntry: {
            /** @description User login or group name; null for `ALL`. */
            name: string | null;
            /** @enum {string} */
            type: "USER" | "GROUP" | "ALL";
            /** @description The permissions this entry sets, and whether each is allowed. */
            permissions: {
                [key: string]: boolean;
            };
        };
        R2DirectoryInput: {
            /** @description Ignored: `fullName` names the directory. */
            id?: string | number;
            /** @description Ignored: derived from `fullName`. */
            name?: string;
            /** @description Dotted path, e.g. `System.Test`. */
            fullName: string;
            description?: string | null;
        };
        R2DirectoryPage: {
            content: components["schemas"]["R2Directory"][];
            /** @description Entities in all pages. */
            totalCount: number;
        };
        R2Property: {
            uid: string;
            /** @description A registered property type, e.g. `MARK`. */
            type: string;
            content: string;
            created: string;
            createdBy: string;
        };
        R2PropertyInput: {
            type: string;
            /** @default  */
            content: string;
        };
        R2Message: {
            id: number;
            uid: string;
            parentUid?: string | null;
            createdBy: string;
            created: string;
            updated?: string | null;
            updatedBy?: string | null;
            directories: string[];
            header: string;
            content: string;
            tags: string[];
            properties: components["schemas"]["R2Property"][];
        };
        R2MessageInput: {
            /** @description The message to edit (PUT). */
            uid?: string;
            /**
             * @description Full names of its directories.
             * @default []
             */
            directories: string[];
            header: string;
            /** @default  */
            content: string;
            /** @default [] */
            tags: string[];
            /** @default [] */
            properties: {
                uid?: string;
                type: string;
                /** @default  */
                content: string;
            }[];
            /** @description The message this one replies to. */
            parentUid?: string | null;
        } & {
            [key: string]: unknown;
        };
        R2MessagePage: {
            content: components["schemas"]["R2Message"][];
            /** @description Entities in all pages. */
            totalCount: number;
        };
        R2Protocol: {
            /** @example import:plain */
            id: string;
            /** @description IMPORT or EXPORT. */
            type: string;
            protocol: string;
            /** @description Config keys a scheme must set. */
            requiredConfigKeys: string[];
        };
        R2Scheme: {
            id: string;
            scheme: string;
            /** @description Config key → value; secret values are `********`. */
            config: {
                [key: string]: string;
            };
        };
        R2SchemeInput: {
            /**
             * @description The protocol as `type:protocol`.
             * @example export:plain
             */
            id: string;
            /**
             * @description The scheme name.
             * @example export-json
             */
            scheme: string;
            /** @description Config key → value, as an object or the seed's list of one-key objects; the protocol's required keys must be there. */
            config: {
                [key: string]: string;
            } | {
                [key: string]: string;
            }[];
        };
        R2SchemeSummary: {
            id: string;
            type: string;
            protocol: string;
            scheme: string;
        };
        R2ImportDocument: {
            header: string;
            /** @default  */
            content: string;
            /** @default [] */
            tags: string[];
        };
        ServiceInfo: {
            /** @example Atrium */
            name: string;
            /** @example 0.1.0 */
            version: string;
            docs: {
                redoc: string;
                swagger: string;
                openapi: string;
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    idempiereSetLoginParameters: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "clientId": 11,
                 *       "roleId": 102,
                 *       "organizationId": 11,
                 *       "warehouseId": 103,
                 *       "language": "en_US"
                 *     }
                 */
                "application/json": components["schemas"]["IdAuthenticationParameters"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdAuthenticationResponse"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description No access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
        };
    };
    idempiereLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdAuthenticationRequest"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdAuthenticationResponse"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description No access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
        };
    };
    idempiereUpdateAuthTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "clientId": 11,
                 *       "roleId": 102,
                 *       "organizationId": 11,
                 *       "warehouseId": 103,
                 *       "language": "en_US"
                 *     }
                 */
                "application/json": components["schemas"]["IdAuthenticationParameters"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdAuthenticationResponse"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description No access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
        };
    };
    idempiereCreateAuthTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdAuthenticationRequest"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdAuthenticationResponse"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description No access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
        };
    };
    idempiereListRoles: {
        parameters: {
            query?: {
                /** @description The client (`AD_Client_ID`). */
                client?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdRoles"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description No access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
        };
    };
    idempiereListOrganizations: {
        parameters: {
            query?: {
                /** @description The client (`AD_Client_ID`). */
                client?: number | null;
                /** @description The role (`AD_Role_ID`). */
                role?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdOrganizations"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description No access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
        };
    };
    idempiereListWarehouses: {
        parameters: {
            query?: {
                /** @description The client (`AD_Client_ID`). */
                client?: number | null;
                /** @description The role (`AD_Role_ID`). */
                role?: number | null;
                /** @description The organization (`AD_Org_ID`). */
                organization?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdWarehouses"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description No access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
        };
    };
    idempiereGetClientLanguage: {
        parameters: {
            query?: {
                /** @description The client (`AD_Client_ID`). */
                client?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdLanguage"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description No access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
        };
    };
    idempiereRefreshToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "refresh_token": "eyJhbGciOiJIUzI1NiJ9…"
                 *     }
                 */
                "application/json": components["schemas"]["IdRefreshRequest"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdRefreshedTokens"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description No access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
        };
    };
    idempiereLogout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "token": "eyJhbGciOiJIUzI1NiJ9…"
                 *     }
                 */
                "application/json": components["schemas"]["IdLogoutRequest"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdLoggedOut"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description No access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
        };
    };
    idempiereListModels: {
        parameters: {
            query?: {
                /**
                 * @description Filter in iDempiere's OData subset. Compare a column with a literal: `eq`, `neq` (or `ne`), `gt`, `ge`, `lt`, `le`; `in (…)`;
                 *     combine with `and`, `or`, parentheses and `not (…)`; text functions `contains(col,'x')`, `startswith(col,'x')`, `endswith(col,'x')`;
                 *     wrap a column in `tolower(…)` or `toupper(…)`. Literals: `'text'` (double a quote inside), numbers, `true`, `false`, `null`, dates (`2024-01-31`, `2024-01-31T12:00:00Z`).
                 *     Columns are the model's; values are always bound, never spliced into SQL.
                 *
                 *     Examples: `Name eq 'Joe Block'`, `IsActive eq true and SO_CreditLimit gt 1000`, `contains(tolower(Name),'block')`, `C_BP_Group_ID in (103,104)`.
                 */
                $filter?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdModels"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description No access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
        };
    };
    idempiereListRecords: {
        parameters: {
            query?: {
                /** @description Comma-separated columns to return (`id` and `uid` always come). */
                $select?: string;
                /**
                 * @description Filter in iDempiere's OData subset. Compare a column with a literal: `eq`, `neq` (or `ne`), `gt`, `ge`, `lt`, `le`; `in (…)`;
                 *     combine with `and`, `or`, parentheses and `not (…)`; text functions `contains(col,'x')`, `startswith(col,'x')`, `endswith(col,'x')`;
                 *     wrap a column in `tolower(…)` or `toupper(…)`. Literals: `'text'` (double a quote inside), numbers, `true`, `false`, `null`, dates (`2024-01-31`, `2024-01-31T12:00:00Z`).
                 *     Columns are the model's; values are always bound, never spliced into SQL.
                 *
                 *     Examples: `Name eq 'Joe Block'`, `IsActive eq true and SO_CreditLimit gt 1000`, `contains(tolower(Name),'block')`, `C_BP_Group_ID in (103,104)`.
                 */
                $filter?: string;
                /** @description Sort: comma-separated columns, each optionally `asc` or `desc` (at most 10). */
                $orderby?: string;
                /** @description Records per page; 0 or absent: the server's maximum (`REST_MAX_RECORDS_SIZE`, default 100), which also caps it. */
                $top?: number | null;
                /** @description Records to skip (paging with `$top`). */
                $skip?: number | null;
                /** @description Related records to include, comma-separated: a child table (records pointing here, as an array) or a foreign-key column (the parent record). Options in parentheses, separated by `;`: `$select`, `$filter`, `$orderby`, `$top`, `$skip`, `$expand` (nested, 2 levels at most). */
                $expand?: string;
                /** @description A validation rule (`AD_Val_Rule` id or UUID) whose code is ANDed with `$filter`. */
                $valrule?: string;
                /** @description Values for the validation rule's `@Name@` variables: comma-separated `Name:value` pairs (values as OData literals). */
                $context?: string;
            };
            header?: never;
            path: {
                /** @description The model: a table name, case-insensitive. */
                tableName: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdRecordPage"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description No access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
        };
    };
    idempiereCreateRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The model: a table name, case-insensitive. */
                tableName: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdRecordInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdRecord"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description No access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
        };
    };
    idempiereGetRecord: {
        parameters: {
            query?: {
                /** @description Comma-separated columns to return (`id` and `uid` always come). */
                $select?: string;
                /** @description Related records to include, comma-separated: a child table (records pointing here, as an array) or a foreign-key column (the parent record). Options in parentheses, separated by `;`: `$select`, `$filter`, `$orderby`, `$top`, `$skip`, `$expand` (nested, 2 levels at most). */
                $expand?: string;
            };
            header?: never;
            path: {
                /** @description The model: a table name, case-insensitive. */
                tableName: string;
                /** @description The record id, or its UUID. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdRecord"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description No access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
        };
    };
    idempiereUpdateRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The model: a table name, case-insensitive. */
                tableName: string;
                /** @description The record id, or its UUID. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdRecordInput"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdRecord"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description No access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
        };
    };
    idempiereDeleteRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The model: a table name, case-insensitive. */
                tableName: string;
                /** @description The record id, or its UUID. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdDeleted"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description No access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
        };
    };
    idempiereGetRecordColumn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The model: a table name, case-insensitive. */
                tableName: string;
                /** @description The record id, or its UUID. */
                id: string;
                /** @description The column, case-insensitive. */
                columnName: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdColumnValue"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description No access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
        };
    };
    idempiereListForms: {
        parameters: {
            query?: {
                /**
                 * @description Filter in iDempiere's OData subset. Compare a column with a literal: `eq`, `neq` (or `ne`), `gt`, `ge`, `lt`, `le`; `in (…)`;
                 *     combine with `and`, `or`, parentheses and `not (…)`; text functions `contains(col,'x')`, `startswith(col,'x')`, `endswith(col,'x')`;
                 *     wrap a column in `tolower(…)` or `toupper(…)`. Literals: `'text'` (double a quote inside), numbers, `true`, `false`, `null`, dates (`2024-01-31`, `2024-01-31T12:00:00Z`).
                 *     Columns are the model's; values are always bound, never spliced into SQL.
                 *
                 *     Examples: `Name eq 'Joe Block'`, `IsActive eq true and SO_CreditLimit gt 1000`, `contains(tolower(Name),'block')`, `C_BP_Group_ID in (103,104)`.
                 */
                $filter?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdForms"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description No access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
        };
    };
    idempiereListCaches: {
        parameters: {
            query?: {
                /** @description Only caches of this table. */
                table_name?: string;
                /** @description Only the cache of this name. */
                name?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdCaches"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description No access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
        };
    };
    idempiereResetCaches: {
        parameters: {
            query?: {
                /** @description Only entries of this table. */
                table_name?: string;
                /** @description Only the entry of this record (with `table_name`). */
                record_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdCachesReset"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description No access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
        };
    };
    idempiereListMyWorkflowNodes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdWorkflowNodes"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description No access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
        };
    };
    idempiereListUserWorkflowNodes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user (`AD_User_ID`). */
                userId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdWorkflowNodes"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description No access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
        };
    };
    idempiereApproveNode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The workflow node (activity) id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "message": "This is an example message for approval"
                 *     }
                 */
                "application/json": {
                    /** @description A note recorded in the node's history. */
                    message?: string;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdWorkflowResult"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description No access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description Bad request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
        };
    };
    idempiereRejectNode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The workflow node (activity) id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "message": "This is an example message for rejection"
                 *     }
                 */
                "application/json": {
                    /** @description A note recorded in the node's history. */
                    message?: string;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdWorkflowResult"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description No access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description Bad request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
        };
    };
    idempiereForwardNode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The workflow node (activity) id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "userTo": 100,
                 *       "message": "This is an example message for fowarding"
                 *     }
                 */
                "application/json": {
                    /** @description A note recorded in the node's history. */
                    message?: string;
                    /** @description The user (`AD_User_ID`) to forward to. */
                    userTo: number;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdWorkflowResult"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description No access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description Bad request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
        };
    };
    idempiereAcknowledgeNode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The workflow node (activity) id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "message": "This is an example message for acknowledge"
                 *     }
                 */
                "application/json": {
                    /** @description A note recorded in the node's history. */
                    message?: string;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdWorkflowResult"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description No access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description Bad request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
        };
    };
    idempiereSetNodeUserChoice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The workflow node (activity) id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "value": "Value to be set in the corresponding column",
                 *       "message": "This is an example message for userschoice"
                 *     }
                 */
                "application/json": {
                    /** @description A note recorded in the node's history. */
                    message?: string;
                    /** @description Value for the node's column (a list value or text). */
                    value: string;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdWorkflowResult"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description No access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
            /** @description Bad request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdError"];
                };
            };
        };
    };
    libertyCreateToken: {
        parameters: {
            query?: {
                /** @description Pool alias the user is read from (e.g. `default`, `libnsx1`). */
                pool?: string;
                /** @description Session mode: `framework` (administrators only: framework tables) or `session` (the pool). */
                mode?: "framework" | "session";
                /** @description Authentication type: `database` (password check) or `oidc` (not configured here). */
                type?: "database" | "oidc";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description `{user, password}` as JSON or as form fields */
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "user": "admin",
                 *       "password": "admin"
                 *     }
                 */
                "application/json": components["schemas"]["LibertyLoginRequest"];
                /**
                 * @example {
                 *       "user": "admin",
                 *       "password": "admin"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["LibertyLoginRequest"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyToken"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description Missing right */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description Unknown pool, query or record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyValidationError"];
                };
            };
        };
    };
    libertyGetUser: {
        parameters: {
            query?: {
                /** @description Login of the user to read (default: the caller). */
                user?: string;
                /** @description Pool alias the user is read from (e.g. `default`, `libnsx1`). */
                pool?: string;
                /** @description Session mode: `framework` (administrators only: framework tables) or `session` (the pool). */
                mode?: "framework" | "session";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyUserList"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description Missing right */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description Unknown pool, query or record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyValidationError"];
                };
            };
        };
    };
    libertyOpenPool: {
        parameters: {
            query?: {
                /** @description Pool alias the database definition is read from (e.g. `default`, `libnsx1`). */
                framework_pool?: string;
                /** @description Pool alias to open (e.g. `default`, `libnsx1`). */
                target_pool?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyStatus"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description Missing right */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description Unknown pool, query or record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyValidationError"];
                };
            };
        };
    };
    libertyClosePool: {
        parameters: {
            query?: {
                /** @description Pool alias to close (e.g. `default`, `libnsx1`). */
                pool?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyStatus"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description Missing right */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description Unknown pool, query or record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyValidationError"];
                };
            };
        };
    };
    libertyCheckPool: {
        parameters: {
            query?: {
                /** @description Pool alias the database definition is read from (e.g. `default`, `libnsx1`). */
                framework_pool?: string;
                /** @description Pool alias to check (e.g. `default`, `libnsx1`). */
                target_pool?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyPoolCheck"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description Missing right */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description Unknown pool, query or record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyValidationError"];
                };
            };
        };
    };
    libertyRunQuery: {
        parameters: {
            query?: {
                /** @description Where the query definition is read from: the framework's stored queries or the `query` table. */
                source?: "framework" | "query";
                /** @description `table`: the data; `columns`: the result columns with labels (GET only). */
                type?: "table" | "columns";
                /** @description Pool alias the query definition is read from (e.g. `default`, `libnsx1`). */
                pool?: string;
                /** @description Session mode: framework tables or the pool. */
                mode?: "framework" | "session";
                /** @description Id of the stored query to run. */
                query?: number | null;
                /** @description Run against this pool instead of the one the query definition names. */
                override_pool?: string;
                /**
                 * @description Filter on the stored query's result columns, as JSON: an object or an array of objects.
                 *     Every key is a column; its value is either a plain value (equality) or an object of operators:
                 *     `=`, `!=` (or `<>`), `>`, `>=`, `<`, `<=`, `like` (SQL pattern with `%` and `_`), `in` (array), `null` (`true`: IS NULL, `false`: IS NOT NULL).
                 *     All conditions, within an object and across the array, are ANDed (Liberty has no OR in `q`).
                 *
                 *     Examples: `{"DD_ID":"USR_ID"}`, `[{"APPS_ID":{">=":2},"APPS_NAME":{"like":"LIB%"}}]`, `{"DD_LABEL":{"null":false},"DD_ID":{"in":["USR_ID","USR_NAME"]}}`.
                 */
                q?: string;
                /** @description Language of the column labels (`type=columns`), e.g. `en`, `fr`. */
                language?: string;
                /** @description Rows to skip before the page. */
                offset?: number | null;
                /** @description Rows in the page (at most 5000). */
                limit?: number;
                /** @description Values for the stored statement's named parameters (`:NAME`), as a JSON object or the seed's list of one-key objects, e.g. `{"MIN_ID":2}` or `[{"MIN_ID":2}]`. A parameter not given is bound as null. */
                params?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyQueryResult"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description Missing right */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description Unknown pool, query or record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyValidationError"];
                };
            };
        };
    };
    libertyUpdateRows: {
        parameters: {
            query?: {
                /** @description Where the query definition is read from: the framework's stored queries or the `query` table. */
                source?: "framework" | "query";
                /** @description `table`: the data; `columns`: the result columns with labels (GET only). */
                type?: "table" | "columns";
                /** @description Pool alias the query definition is read from (e.g. `default`, `libnsx1`). */
                pool?: string;
                /** @description Session mode: framework tables or the pool. */
                mode?: "framework" | "session";
                /** @description Id of the stored query to run. */
                query?: number | null;
                /** @description Run against this pool instead of the one the query definition names. */
                override_pool?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description One object of column values, or an array of them. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["LibertyRow"] | components["schemas"]["LibertyRow"][];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyWriteResult"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description Missing right */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description Unknown pool, query or record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyValidationError"];
                };
            };
        };
    };
    libertyInsertRows: {
        parameters: {
            query?: {
                /** @description Where the query definition is read from: the framework's stored queries or the `query` table. */
                source?: "framework" | "query";
                /** @description `table`: the data; `columns`: the result columns with labels (GET only). */
                type?: "table" | "columns";
                /** @description Pool alias the query definition is read from (e.g. `default`, `libnsx1`). */
                pool?: string;
                /** @description Session mode: framework tables or the pool. */
                mode?: "framework" | "session";
                /** @description Id of the stored query to run. */
                query?: number | null;
                /** @description Run against this pool instead of the one the query definition names. */
                override_pool?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description One object of column values, or an array of them. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["LibertyRow"] | components["schemas"]["LibertyRow"][];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyWriteResult"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description Missing right */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description Unknown pool, query or record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyValidationError"];
                };
            };
        };
    };
    libertyDeleteRows: {
        parameters: {
            query?: {
                /** @description Where the query definition is read from: the framework's stored queries or the `query` table. */
                source?: "framework" | "query";
                /** @description `table`: the data; `columns`: the result columns with labels (GET only). */
                type?: "table" | "columns";
                /** @description Pool alias the query definition is read from (e.g. `default`, `libnsx1`). */
                pool?: string;
                /** @description Session mode: framework tables or the pool. */
                mode?: "framework" | "session";
                /** @description Id of the stored query to run. */
                query?: number | null;
                /** @description Run against this pool instead of the one the query definition names. */
                override_pool?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description One object of column values, or an array of them. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["LibertyRow"] | components["schemas"]["LibertyRow"][];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyWriteResult"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description Missing right */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description Unknown pool, query or record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyValidationError"];
                };
            };
        };
    };
    libertyAuditRows: {
        parameters: {
            query?: {
                /** @description Pool alias the table lives in (e.g. `default`, `libnsx1`). */
                pool?: string;
            };
            header?: never;
            path: {
                /** @description Table whose rows are snapshotted. */
                table: string;
                /** @description User named by the client (recorded as the caller instead). */
                user: string;
            };
            cookie?: never;
        };
        /** @description Key values selecting the rows. */
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "APPS_ID": 1
                 *     }
                 */
                "application/json": components["schemas"]["LibertyRow"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyWriteResult"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description Missing right */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description Unknown pool, query or record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyValidationError"];
                };
            };
        };
    };
    libertyListApplications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyApplicationList"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description Missing right */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description Unknown pool, query or record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyValidationError"];
                };
            };
        };
    };
    libertyListModules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyModuleList"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description Missing right */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description Unknown pool, query or record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyValidationError"];
                };
            };
        };
    };
    libertyListThemes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyThemeList"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description Missing right */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description Unknown pool, query or record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyValidationError"];
                };
            };
        };
    };
    libertyEncrypt: {
        parameters: {
            query: {
                /** @description Text to encrypt (an `ENC:` value is answered unchanged). */
                plain_text: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyEncrypted"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description Missing right */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description Unknown pool, query or record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyValidationError"];
                };
            };
        };
    };
    libertyListLogs: {
        parameters: {
            query?: {
                /** @description `json` (the envelope) or `text` (plain lines). */
                format?: "json" | "text";
                /** @description Page number, from 1 (100 entries a page). */
                page?: number;
                /** @description Entry field to filter on (e.g. `level`, `category`, `user`). */
                filter_key?: string;
                /** @description Value `filter_key` must equal. */
                filter_value?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of entries (`format=json`), or plain text lines (`format=text`) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyLogList"];
                    "text/plain": string;
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description Missing right */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description Unknown pool, query or record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyValidationError"];
                };
            };
        };
    };
    libertyPushLog: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "level": "error",
                 *       "transactionName": "login",
                 *       "message": "Login page failed to load the themes",
                 *       "method": "GET",
                 *       "url": "/api/fmw/themes",
                 *       "category": "frontend",
                 *       "feature": "login",
                 *       "isException": false
                 *     }
                 */
                "application/json": components["schemas"]["LibertyLogInput"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyLogStored"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description Missing right */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description Unknown pool, query or record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyValidationError"];
                };
            };
        };
    };
    libertyGetLog: {
        parameters: {
            query: {
                /** @description Entry id, as `POST /api/logs` or the list answered it. */
                id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyLogDetails"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description Missing right */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description Unknown pool, query or record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyValidationError"];
                };
            };
        };
    };
    libertyGetSetupVersion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertySetupStatus"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description Missing right */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description Unknown pool, query or record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyValidationError"];
                };
            };
        };
    };
    libertyInstallPool: {
        parameters: {
            query?: {
                /** @description Pool alias (e.g. `default`, `libnsx1`). */
                pool?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "host": "localhost",
                 *       "port": 5432,
                 *       "database": "liberty",
                 *       "user": "liberty",
                 *       "password": "change-me"
                 *     }
                 */
                "application/json": components["schemas"]["LibertySetupRequest"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertySetupResult"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description Missing right */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description Unknown pool, query or record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyValidationError"];
                };
            };
        };
    };
    libertyUpgradePools: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertySetupResult"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description Missing right */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description Unknown pool, query or record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyValidationError"];
                };
            };
        };
    };
    libertyDowngradePool: {
        parameters: {
            query?: {
                /** @description Pool alias (e.g. `default`, `libnsx1`). */
                pool?: string;
            };
            header?: never;
            path: {
                /** @description Migration to roll back to (it stays applied). */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertySetupResult"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description Missing right */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description Unknown pool, query or record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description Bad request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyValidationError"];
                };
            };
        };
    };
    libertyRecordRevision: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertySetupStatus"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description Missing right */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description Unknown pool, query or record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyValidationError"];
                };
            };
        };
    };
    libertyExportRepository: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyExport"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description Missing right */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description Unknown pool, query or record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyFailure"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibertyValidationError"];
                };
            };
        };
    };
    datagerryLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "user_name": "admin",
                 *       "password": "admin"
                 *     }
                 */
                "application/json": components["schemas"]["DgLoginRequest"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgLogin"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Missing right */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
        };
    };
    datagerryListUsers: {
        parameters: {
            query?: {
                /** @description Results per page; 0 means all (at most 1000 either way). */
                limit?: number | null;
                /** @description Page number, from 1. */
                page?: number;
                /** @description Field to sort by (default `public_id`; each list has its own sortable fields). */
                sort?: string;
                /** @description 1 ascending, -1 descending. */
                order?: number;
                /**
                 * @description A MongoDB-style query filter, as JSON (default `{}`: everything).
                 *     `{"field": value}` is equality; `{"field": {"$op": value}}` with `$eq`, `$ne`, `$gt`, `$gte`, `$lt`, `$lte`, `$in`, `$nin`, `$exists`,
                 *     `$regex` (a prefix `^abc`, a suffix `abc$`, contains `abc` or equality `^abc$`; `$options: "i"` ignores case);
                 *     combine with `$and`, `$or`, `$nor` (arrays of filters). Code-running operators (`$where`, `$expr`, …) are refused.
                 *     Objects filter on their columns and on field values as `fields.<name>`; users on their properties.
                 *
                 *     Examples: `{"active": true}`, `{"type_id": 1, "fields.hostname": {"$regex": "^srv"}}`, `{"$or": [{"public_id": {"$lt": 10}}, {"author_id": 1}]}`.
                 */
                filter?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgUserList"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Missing right */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
        };
    };
    datagerryCreateUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "user_name": "test",
                 *       "active": true,
                 *       "group_id": 2,
                 *       "password": "YWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXo="
                 *     }
                 */
                "application/json": components["schemas"]["DgUserInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgUserInserted"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Missing right */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
        };
    };
    datagerryGetUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The resource's public id. */
                public_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgUserResult"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Missing right */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
        };
    };
    datagerryUpdateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The resource's public id. */
                public_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "public_id": 1,
                 *       "user_name": "admin",
                 *       "active": false,
                 *       "group_id": 1,
                 *       "registration_time": "2020-01-01 00:00:00.000000",
                 *       "authenticator": "LocalAuthenticationProvider",
                 *       "email": null,
                 *       "password": "YWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXo=",
                 *       "image": null,
                 *       "first_name": null,
                 *       "last_name": null
                 *     }
                 */
                "application/json": components["schemas"]["DgUserInput"];
            };
        };
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgUserUpdated"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Missing right */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
        };
    };
    datagerryDeleteUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The resource's public id. */
                public_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgUserDeleted"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Missing right */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
        };
    };
    datagerryListUserSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user's public id. */
                public_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgUserSettings"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Missing right */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
        };
    };
    datagerryCreateUserSetting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user's public id. */
                public_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "identifier": "test",
                 *       "user_id": 1,
                 *       "payload": {},
                 *       "setting_type": "GLOBAL"
                 *     }
                 */
                "application/json": components["schemas"]["DgUserSettingInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgUserSettingInserted"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Missing right */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
        };
    };
    datagerryGetUserSetting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user's public id. */
                public_id: number;
                /** @description The setting's identifier. */
                identifier: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgUserSettingResult"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Missing right */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
        };
    };
    datagerryUpdateUserSetting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user's public id. */
                public_id: number;
                /** @description The setting's identifier. */
                identifier: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "identifier": "test",
                 *       "user_id": 1,
                 *       "payload": {},
                 *       "setting_type": "GLOBAL"
                 *     }
                 */
                "application/json": components["schemas"]["DgUserSettingInput"];
            };
        };
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgUserSettingUpdated"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Missing right */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
        };
    };
    datagerryDeleteUserSetting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user's public id. */
                public_id: number;
                /** @description The setting's identifier. */
                identifier: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgUserSettingDeleted"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Missing right */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
        };
    };
    datagerryListGroups: {
        parameters: {
            query?: {
                /** @description Results per page; 0 means all (at most 1000 either way). */
                limit?: number | null;
                /** @description Page number, from 1. */
                page?: number;
                /** @description Field to sort by (default `public_id`; each list has its own sortable fields). */
                sort?: string;
                /** @description 1 ascending, -1 descending. */
                order?: number;
                /**
                 * @description A MongoDB-style query filter, as JSON (default `{}`: everything).
                 *     `{"field": value}` is equality; `{"field": {"$op": value}}` with `$eq`, `$ne`, `$gt`, `$gte`, `$lt`, `$lte`, `$in`, `$nin`, `$exists`,
                 *     `$regex` (a prefix `^abc`, a suffix `abc$`, contains `abc` or equality `^abc$`; `$options: "i"` ignores case);
                 *     combine with `$and`, `$or`, `$nor` (arrays of filters). Code-running operators (`$where`, `$expr`, …) are refused.
                 *     Objects filter on their columns and on field values as `fields.<name>`; users on their properties.
                 *
                 *     Examples: `{"active": true}`, `{"type_id": 1, "fields.hostname": {"$regex": "^srv"}}`, `{"$or": [{"public_id": {"$lt": 10}}, {"author_id": 1}]}`.
                 */
                filter?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgGroupList"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Missing right */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
        };
    };
    datagerryCreateGroup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "test",
                 *       "label": "test",
                 *       "rights": [
                 *         "base.framework.object.*"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["DgGroupInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgGroupInserted"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Missing right */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
        };
    };
    datagerryGetGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The resource's public id. */
                public_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgGroupResult"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Missing right */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
        };
    };
    datagerryUpdateGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The resource's public id. */
                public_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "public_id": 3,
                 *       "name": "test",
                 *       "label": "Test",
                 *       "rights": [
                 *         "base.framework.object.*"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["DgGroupInput"];
            };
        };
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgGroupUpdated"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Missing right */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
        };
    };
    datagerryDeleteGroup: {
        parameters: {
            query?: {
                /** @description What happens to the group's users: MOVE to `group_id`, or DELETE them. */
                action?: "MOVE" | "DELETE";
                /** @description Group the users move to (`action=MOVE`). */
                group_id?: number;
            };
            header?: never;
            path: {
                /** @description The resource's public id. */
                public_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgGroupDeleted"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Missing right */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
        };
    };
    datagerryListSecurityLevels: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgSecurityLevelsResult"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Missing right */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
        };
    };
    datagerryListRights: {
        parameters: {
            query?: {
                /** @description Results per page; 0 means all (at most 1000 either way). */
                limit?: number | null;
                /** @description Page number, from 1. */
                page?: number;
                /** @description Field to sort by (default `public_id`; each list has its own sortable fields). */
                sort?: string;
                /** @description 1 ascending, -1 descending. */
                order?: number;
                /**
                 * @description A MongoDB-style query filter, as JSON (default `{}`: everything).
                 *     `{"field": value}` is equality; `{"field": {"$op": value}}` with `$eq`, `$ne`, `$gt`, `$gte`, `$lt`, `$lte`, `$in`, `$nin`, `$exists`,
                 *     `$regex` (a prefix `^abc`, a suffix `abc$`, contains `abc` or equality `^abc$`; `$options: "i"` ignores case);
                 *     combine with `$and`, `$or`, `$nor` (arrays of filters). Code-running operators (`$where`, `$expr`, …) are refused.
                 *     Objects filter on their columns and on field values as `fields.<name>`; users on their properties.
                 *
                 *     Examples: `{"active": true}`, `{"type_id": 1, "fields.hostname": {"$regex": "^srv"}}`, `{"$or": [{"public_id": {"$lt": 10}}, {"author_id": 1}]}`.
                 */
                filter?: string;
                /** @description `list` (flat) or `tree` (master rights with their `children`). */
                view?: "list" | "tree";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgRightList"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Missing right */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
        };
    };
    datagerryGetRight: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The right's name. */
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgRightResult"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Missing right */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
        };
    };
    datagerryListTypes: {
        parameters: {
            query?: {
                /** @description Results per page; 0 means all (at most 1000 either way). */
                limit?: number | null;
                /** @description Page number, from 1. */
                page?: number;
                /** @description Field to sort by (default `public_id`; each list has its own sortable fields). */
                sort?: string;
                /** @description 1 ascending, -1 descending. */
                order?: number;
                /**
                 * @description A MongoDB-style query filter, as JSON (default `{}`: everything).
                 *     `{"field": value}` is equality; `{"field": {"$op": value}}` with `$eq`, `$ne`, `$gt`, `$gte`, `$lt`, `$lte`, `$in`, `$nin`, `$exists`,
                 *     `$regex` (a prefix `^abc`, a suffix `abc$`, contains `abc` or equality `^abc$`; `$options: "i"` ignores case);
                 *     combine with `$and`, `$or`, `$nor` (arrays of filters). Code-running operators (`$where`, `$expr`, …) are refused.
                 *     Objects filter on their columns and on field values as `fields.<name>`; users on their properties.
                 *
                 *     Examples: `{"active": true}`, `{"type_id": 1, "fields.hostname": {"$regex": "^srv"}}`, `{"$or": [{"public_id": {"$lt": 10}}, {"author_id": 1}]}`.
                 */
                filter?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgTypeList"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Missing right */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
        };
    };
    datagerryCreateType: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "example",
                 *       "label": "Example",
                 *       "description": "",
                 *       "active": true,
                 *       "render_meta": {
                 *         "icon": "",
                 *         "sections": [
                 *           {
                 *             "type": "section",
                 *             "name": "example",
                 *             "label": "Example",
                 *             "fields": [
                 *               "f"
                 *             ]
                 *           }
                 *         ],
                 *         "externals": [
                 *           {
                 *             "name": "example",
                 *             "href": "https://example.org",
                 *             "label": "Example",
                 *             "icon": "fas fa-external-link-alt",
                 *             "fields": []
                 *           }
                 *         ],
                 *         "summary": {
                 *           "fields": [
                 *             "f"
                 *           ]
                 *         }
                 *       },
                 *       "fields": [
                 *         {
                 *           "type": "text",
                 *           "name": "f",
                 *           "label": "F"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["DgTypeInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgTypeInserted"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Missing right */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
        };
    };
    datagerryGetType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The type's public id. */
                public_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgTypeResult"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Missing right */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
        };
    };
    datagerryUpdateType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The type's public id. */
                public_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "example",
                 *       "label": "Example",
                 *       "description": "",
                 *       "active": true,
                 *       "render_meta": {
                 *         "icon": "",
                 *         "sections": [
                 *           {
                 *             "type": "section",
                 *             "name": "example",
                 *             "label": "Example",
                 *             "fields": [
                 *               "f"
                 *             ]
                 *           }
                 *         ],
                 *         "externals": [
                 *           {
                 *             "name": "example",
                 *             "href": "https://example.org",
                 *             "label": "Example",
                 *             "icon": "fas fa-external-link-alt",
                 *             "fields": []
                 *           }
                 *         ],
                 *         "summary": {
                 *           "fields": [
                 *             "f"
                 *           ]
                 *         }
                 *       },
                 *       "fields": [
                 *         {
                 *           "type": "text",
                 *           "name": "f",
                 *           "label": "F"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["DgTypeInput"];
            };
        };
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgTypeUpdated"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Missing right */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
        };
    };
    datagerryDeleteType: {
        parameters: {
            query?: {
                /** @description `true` deletes the type's objects with it (otherwise their existence is a 409). */
                delete_objects?: "true" | "false";
            };
            header?: never;
            path: {
                /** @description The type's public id. */
                public_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgTypeDeleted"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Missing right */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
        };
    };
    datagerryListUncleanObjects: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The type's public id. */
                public_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgObjectList"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Missing right */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
        };
    };
    datagerryCleanObjects: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The type's public id. */
                public_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgObjectsCleaned"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Missing right */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
        };
    };
    datagerryListObjects: {
        parameters: {
            query?: {
                /** @description Results per page; 0 means all (at most 1000 either way). */
                limit?: number | null;
                /** @description Page number, from 1. */
                page?: number;
                /** @description Field to sort by (default `public_id`; each list has its own sortable fields). */
                sort?: string;
                /** @description 1 ascending, -1 descending. */
                order?: number;
                /**
                 * @description A MongoDB-style query filter, as JSON (default `{}`: everything).
                 *     `{"field": value}` is equality; `{"field": {"$op": value}}` with `$eq`, `$ne`, `$gt`, `$gte`, `$lt`, `$lte`, `$in`, `$nin`, `$exists`,
                 *     `$regex` (a prefix `^abc`, a suffix `abc$`, contains `abc` or equality `^abc$`; `$options: "i"` ignores case);
                 *     combine with `$and`, `$or`, `$nor` (arrays of filters). Code-running operators (`$where`, `$expr`, …) are refused.
                 *     Objects filter on their columns and on field values as `fields.<name>`; users on their properties.
                 *
                 *     Examples: `{"active": true}`, `{"type_id": 1, "fields.hostname": {"$regex": "^srv"}}`, `{"$or": [{"public_id": {"$lt": 10}}, {"author_id": 1}]}`.
                 */
                filter?: string;
                /** @description `native` (as stored) or `render` (with type information, labels and summaries). */
                view?: "native" | "render";
                /** @description Only active (`true`) or inactive (`false`) objects. */
                active?: "true" | "false";
                /** @description Native objects only: the keys to keep (`{"public_id":1,"fields":1}`) or to drop (`{"views":0}`), as JSON. Keys: public_id, type_id, status, version, creation_time, author_id, last_edit_time, editor_id, active, fields, views. */
                projection?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgObjectPage"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Missing right */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
        };
    };
    datagerryCreateObject: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "type_id": 1,
                 *       "active": true,
                 *       "fields": [
                 *         {
                 *           "name": "f",
                 *           "value": "value"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["DgObjectInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgObjectInserted"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Missing right */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
        };
    };
    datagerryGetNativeObject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The resource's public id. */
                public_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgObject"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Missing right */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
        };
    };
    datagerryListObjectReferences: {
        parameters: {
            query?: {
                /** @description Results per page; 0 means all (at most 1000 either way). */
                limit?: number | null;
                /** @description Page number, from 1. */
                page?: number;
                /** @description Field to sort by (default `public_id`; each list has its own sortable fields). */
                sort?: string;
                /** @description 1 ascending, -1 descending. */
                order?: number;
                /**
                 * @description A MongoDB-style query filter, as JSON (default `{}`: everything).
                 *     `{"field": value}` is equality; `{"field": {"$op": value}}` with `$eq`, `$ne`, `$gt`, `$gte`, `$lt`, `$lte`, `$in`, `$nin`, `$exists`,
                 *     `$regex` (a prefix `^abc`, a suffix `abc$`, contains `abc` or equality `^abc$`; `$options: "i"` ignores case);
                 *     combine with `$and`, `$or`, `$nor` (arrays of filters). Code-running operators (`$where`, `$expr`, …) are refused.
                 *     Objects filter on their columns and on field values as `fields.<name>`; users on their properties.
                 *
                 *     Examples: `{"active": true}`, `{"type_id": 1, "fields.hostname": {"$regex": "^srv"}}`, `{"$or": [{"public_id": {"$lt": 10}}, {"author_id": 1}]}`.
                 */
                filter?: string;
                /** @description `native` (as stored) or `render` (with type information, labels and summaries). */
                view?: "native" | "render";
                /** @description Only active (`true`) or inactive (`false`) objects. */
                active?: "true" | "false";
                /** @description Native objects only: the keys to keep (`{"public_id":1,"fields":1}`) or to drop (`{"views":0}`), as JSON. Keys: public_id, type_id, status, version, creation_time, author_id, last_edit_time, editor_id, active, fields, views. */
                projection?: string;
            };
            header?: never;
            path: {
                /** @description The resource's public id. */
                public_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgObjectPage"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Missing right */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
        };
    };
    datagerryGetObjectState: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The resource's public id. */
                public_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": boolean;
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Missing right */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
        };
    };
    datagerrySetObjectState: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The resource's public id. */
                public_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": boolean | {
                    active: boolean;
                };
            };
        };
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgObjectState"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Missing right */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
        };
    };
    datagerryGetObject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The resource's public id. */
                public_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgRenderedObject"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Missing right */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
        };
    };
    datagerryUpdateObject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The resource's public id. */
                public_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "fields": [
                 *         {
                 *           "name": "f",
                 *           "value": "new value"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["DgObjectUpdate"];
            };
        };
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgObjectUpdated"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Missing right */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
        };
    };
    datagerryDeleteObjects: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description One object id, or several separated by commas (at most 90). */
                public_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgObjectsDeleted"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Missing right */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
        };
    };
    datagerryListCategories: {
        parameters: {
            query?: {
                /** @description Results per page; 0 means all (at most 1000 either way). */
                limit?: number | null;
                /** @description Page number, from 1. */
                page?: number;
                /** @description Field to sort by (default `public_id`; each list has its own sortable fields). */
                sort?: string;
                /** @description 1 ascending, -1 descending. */
                order?: number;
                /**
                 * @description A MongoDB-style query filter, as JSON (default `{}`: everything).
                 *     `{"field": value}` is equality; `{"field": {"$op": value}}` with `$eq`, `$ne`, `$gt`, `$gte`, `$lt`, `$lte`, `$in`, `$nin`, `$exists`,
                 *     `$regex` (a prefix `^abc`, a suffix `abc$`, contains `abc` or equality `^abc$`; `$options: "i"` ignores case);
                 *     combine with `$and`, `$or`, `$nor` (arrays of filters). Code-running operators (`$where`, `$expr`, …) are refused.
                 *     Objects filter on their columns and on field values as `fields.<name>`; users on their properties.
                 *
                 *     Examples: `{"active": true}`, `{"type_id": 1, "fields.hostname": {"$regex": "^srv"}}`, `{"$or": [{"public_id": {"$lt": 10}}, {"author_id": 1}]}`.
                 */
                filter?: string;
                /** @description `list` (flat, sortable) or `tree` (roots with their `children`). */
                view?: "list" | "tree";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgCategoryList"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Missing right */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
        };
    };
    datagerryCreateCategory: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "example",
                 *       "label": "Example",
                 *       "meta": {
                 *         "icon": "",
                 *         "order": 0
                 *       },
                 *       "parent": null,
                 *       "types": [
                 *         1
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["DgCategoryInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgCategoryInserted"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Missing right */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
        };
    };
    datagerryGetCategory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The resource's public id. */
                public_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgCategoryResult"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Missing right */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
        };
    };
    datagerryUpdateCategory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The resource's public id. */
                public_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "public_id": 1,
                 *       "name": "example",
                 *       "label": "Example",
                 *       "meta": {
                 *         "icon": "",
                 *         "order": 0
                 *       },
                 *       "parent": null,
                 *       "types": [
                 *         1
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["DgCategoryInput"];
            };
        };
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgCategoryUpdated"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Missing right */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
        };
    };
    datagerryDeleteCategory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The resource's public id. */
                public_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgCategoryDeleted"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Missing right */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DgError"];
                };
            };
        };
    };
    ribbon2Login: {
        parameters: {
            query?: {
                /** @description Login name (or in the body). */
                login?: string;
                /** @description Password (or in the body). */
                password?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description `login` and `password` as JSON or form fields, when not in the query string. */
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "login": "admin",
                 *       "password": "admin"
                 *     }
                 */
                "application/json": {
                    login: string;
                    password: string;
                };
                /**
                 * @example {
                 *       "login": "admin",
                 *       "password": "admin"
                 *     }
                 */
                "application/x-www-form-urlencoded": {
                    login: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description The raw JWT */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description Bad credentials (raw 403) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ribbon2GetAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2User"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description ACCESS_DENIED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
        };
    };
    ribbon2ListUsers: {
        parameters: {
            query?: {
                /** @description Page number, from 0. */
                page?: number | null;
                /** @description Entities per page (at most 100). */
                size?: number;
                /** @description Property to order by. */
                orderBy?: "id" | "login" | "firstName" | "lastName" | "email" | "enabled";
                /** @description `ASC` or `DESC` (any case). */
                direction?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2UserPage"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description ACCESS_DENIED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
        };
    };
    ribbon2UpdateUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "100",
                 *       "login": "user",
                 *       "password": "NewRawPassword",
                 *       "firstName": "Test",
                 *       "lastName": "User",
                 *       "description": "Normal user",
                 *       "email": "user@example.com",
                 *       "enabled": true,
                 *       "groups": [
                 *         "UserGroup",
                 *         "Editors"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["R2UserInput"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2User"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description ACCESS_DENIED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
        };
    };
    ribbon2CreateUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "login": "user",
                 *       "password": "RawPassword",
                 *       "firstName": "Test",
                 *       "lastName": "User",
                 *       "description": "Normal user",
                 *       "email": "user@example.com",
                 *       "enabled": true,
                 *       "groups": [
                 *         "UserGroup",
                 *         "Editors"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["R2UserInput"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2User"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description ACCESS_DENIED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
        };
    };
    ribbon2GetUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2User"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description ACCESS_DENIED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
        };
    };
    ribbon2DeleteUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Raw status 200, no body */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description ACCESS_DENIED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
        };
    };
    ribbon2ListGroups: {
        parameters: {
            query?: {
                /** @description Page number, from 0. */
                page?: number | null;
                /** @description Entities per page (at most 100). */
                size?: number;
                /** @description Property to order by. */
                orderBy?: "id" | "name";
                /** @description `ASC` or `DESC` (any case). */
                direction?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2GroupPage"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description ACCESS_DENIED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
        };
    };
    ribbon2UpdateGroup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "101",
                 *       "name": "UserGroup",
                 *       "description": "Defaul user group, edited"
                 *     }
                 */
                "application/json": components["schemas"]["R2GroupInput"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Group"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description ACCESS_DENIED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
        };
    };
    ribbon2CreateGroup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "UserGroup",
                 *       "description": "Defaul user group"
                 *     }
                 */
                "application/json": components["schemas"]["R2GroupInput"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Group"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description ACCESS_DENIED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
        };
    };
    ribbon2GetGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Group"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description ACCESS_DENIED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
        };
    };
    ribbon2DeleteGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Raw status 200, no body */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description ACCESS_DENIED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
        };
    };
    ribbon2GetMyPermissions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Full name of the directory (dotted, e.g. `System.Test`). */
                path: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Permissions"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description ACCESS_DENIED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
        };
    };
    ribbon2ListDirectoriesWithPermission: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A permission name. */
                perm: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Directory"][];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description ACCESS_DENIED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
        };
    };
    ribbon2GetDirectoryAccess: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Full name of the directory (dotted, e.g. `System.Test`). */
                path: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2AccessEntry"][];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description ACCESS_DENIED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
        };
    };
    ribbon2SetDirectoryAccess: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Full name of the directory (dotted, e.g. `System.Test`). */
                path: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example [
                 *       {
                 *         "name": "user",
                 *         "type": "USER",
                 *         "permissions": [
                 *           {
                 *             "canCreateDir": true
                 *           },
                 *           {
                 *             "canUpdateDir": true
                 *           },
                 *           {
                 *             "canDeleteDir": false
                 *           }
                 *         ]
                 *       },
                 *       {
                 *         "name": "UserGroup",
                 *         "type": "GROUP",
                 *         "permissions": [
                 *           {
                 *             "canCreateDir": true
                 *           },
                 *           {
                 *             "canUpdateDir": false
                 *           },
                 *           {
                 *             "canDeleteDir": false
                 *           }
                 *         ]
                 *       },
                 *       {
                 *         "name": null,
                 *         "type": "ALL",
                 *         "permissions": {
                 *           "canCreateDir": false,
                 *           "canUpdateDir": false,
                 *           "canDeleteDir": false
                 *         }
                 *       }
                 *     ]
                 */
                "application/json": components["schemas"]["R2AccessEntries"];
            };
        };
        responses: {
            /** @description Raw status 200, no body */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description ACCESS_DENIED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
        };
    };
    ribbon2ListDirectories: {
        parameters: {
            query?: {
                /** @description Page number, from 0. */
                page?: number | null;
                /** @description Entities per page (at most 100). */
                size?: number;
                /** @description Property to order by. */
                orderBy?: "id" | "name" | "fullName";
                /** @description `ASC` or `DESC` (any case). */
                direction?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2DirectoryPage"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description ACCESS_DENIED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
        };
    };
    ribbon2UpdateDirectory: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "102",
                 *       "name": "Test",
                 *       "fullName": "System.Test",
                 *       "description": "Test directory, new description"
                 *     }
                 */
                "application/json": components["schemas"]["R2DirectoryInput"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Directory"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description ACCESS_DENIED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
        };
    };
    ribbon2CreateDirectory: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "fullName": "System.Test",
                 *       "description": "Test directory"
                 *     }
                 */
                "application/json": components["schemas"]["R2DirectoryInput"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Directory"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description ACCESS_DENIED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
        };
    };
    ribbon2GetDirectory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Full name of the directory (dotted, e.g. `System.Test`). */
                path: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Directory"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description ACCESS_DENIED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
        };
    };
    ribbon2DeleteDirectory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Full name of the directory (dotted, e.g. `System.Test`). */
                path: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Raw status 200, no body */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description ACCESS_DENIED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
        };
    };
    ribbon2GetMyPermissionsDirecotry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Full name of the directory (dotted, e.g. `System.Test`). */
                path: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Permissions"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description ACCESS_DENIED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
        };
    };
    ribbon2ListDirectoriesWithPermissionDirecotry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A permission name. */
                perm: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Directory"][];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description ACCESS_DENIED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
        };
    };
    ribbon2GetDirectoryAccessDirecotry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Full name of the directory (dotted, e.g. `System.Test`). */
                path: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2AccessEntry"][];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description ACCESS_DENIED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
        };
    };
    ribbon2SetDirectoryAccessDirecotry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Full name of the directory (dotted, e.g. `System.Test`). */
                path: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example [
                 *       {
                 *         "name": "user",
                 *         "type": "USER",
                 *         "permissions": [
                 *           {
                 *             "canCreateDir": true
                 *           },
                 *           {
                 *             "canUpdateDir": true
                 *           },
                 *           {
                 *             "canDeleteDir": false
                 *           }
                 *         ]
                 *       },
                 *       {
                 *         "name": "UserGroup",
                 *         "type": "GROUP",
                 *         "permissions": [
                 *           {
                 *             "canCreateDir": true
                 *           },
                 *           {
                 *             "canUpdateDir": false
                 *           },
                 *           {
                 *             "canDeleteDir": false
                 *           }
                 *         ]
                 *       },
                 *       {
                 *         "name": null,
                 *         "type": "ALL",
                 *         "permissions": {
                 *           "canCreateDir": false,
                 *           "canUpdateDir": false,
                 *           "canDeleteDir": false
                 *         }
                 *       }
                 *     ]
                 */
                "application/json": components["schemas"]["R2AccessEntries"];
            };
        };
        responses: {
            /** @description Raw status 200, no body */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description ACCESS_DENIED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
        };
    };
    ribbon2ListDirectoriesDirecotry: {
        parameters: {
            query?: {
                /** @description Page number, from 0. */
                page?: number | null;
                /** @description Entities per page (at most 100). */
                size?: number;
                /** @description Property to order by. */
                orderBy?: "id" | "name" | "fullName";
                /** @description `ASC` or `DESC` (any case). */
                direction?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2DirectoryPage"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description ACCESS_DENIED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
        };
    };
    ribbon2UpdateDirectoryDirecotry: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "102",
                 *       "name": "Test",
                 *       "fullName": "System.Test",
                 *       "description": "Test directory, new description"
                 *     }
                 */
                "application/json": components["schemas"]["R2DirectoryInput"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Directory"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description ACCESS_DENIED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
        };
    };
    ribbon2CreateDirectoryDirecotry: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "fullName": "System.Test",
                 *       "description": "Test directory"
                 *     }
                 */
                "application/json": components["schemas"]["R2DirectoryInput"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Directory"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description ACCESS_DENIED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
        };
    };
    ribbon2GetDirectoryDirecotry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Full name of the directory (dotted, e.g. `System.Test`). */
                path: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Directory"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description ACCESS_DENIED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
        };
    };
    ribbon2DeleteDirectoryDirecotry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Full name of the directory (dotted, e.g. `System.Test`). */
                path: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Raw status 200, no body */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description ACCESS_DENIED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
        };
    };
    ribbon2AddMessageProperty: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The message uid. */
                uid: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "type": "MARK",
                 *       "content": "Example text"
                 *     }
                 */
                "application/json": components["schemas"]["R2PropertyInput"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Property"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description ACCESS_DENIED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
        };
    };
    ribbon2ListMessages: {
        parameters: {
            query?: {
                /** @description Page number, from 0. */
                page?: number | null;
                /** @description Entities per page (at most 100). */
                size?: number;
                /** @description Property to order by. */
                orderBy?: "id" | "uid" | "header" | "created" | "createdBy" | "updated";
                /** @description `ASC` or `DESC` (any case). */
                direction?: string;
                /** @description Only messages in this directory (full name). */
                directory?: string;
                /** @description Only messages with this tag. */
                tag?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2MessagePage"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description ACCESS_DENIED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
        };
    };
    ribbon2UpdateMessage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": 104,
                 *       "uid": "b6dca352-184c-4afe-837f-8d33138d84e8",
                 *       "createdBy": "user",
                 *       "created": "2020-06-11T06:11:22Z",
                 *       "directories": [
                 *         "System.Test"
                 *       ],
                 *       "header": "New message",
                 *       "content": "This is a new message\nAdded to translation team.",
                 *       "tags": [
                 *         "test",
                 *         "message",
                 *         "findme",
                 *         "transl"
                 *       ],
                 *       "properties": [
                 *         {
                 *           "uid": "d16108e4-76eb-44ba-b1b3-aecb78cba216",
                 *           "type": "MARK",
                 *           "content": "Received from foreign reporter AP"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["R2MessageInput"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Message"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description ACCESS_DENIED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
        };
    };
    ribbon2CreateMessage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "directories": [
                 *         "System.Test"
                 *       ],
                 *       "header": "New message",
                 *       "content": "This is a new message",
                 *       "tags": [
                 *         "test",
                 *         "message",
                 *         "findme"
                 *       ],
                 *       "properties": [
                 *         {
                 *           "type": "MARK",
                 *           "content": "Received from foreign reporter AP"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["R2MessageInput"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Message"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description ACCESS_DENIED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
        };
    };
    ribbon2GetMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The message uid. */
                uid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Message"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description ACCESS_DENIED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
        };
    };
    ribbon2DeleteMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The message uid. */
                uid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Raw status 200, no body */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description ACCESS_DENIED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
        };
    };
    ribbon2ListProtocols: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Protocol"][];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description ACCESS_DENIED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
        };
    };
    ribbon2ListSchemes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2SchemeSummary"][];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description ACCESS_DENIED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
        };
    };
    ribbon2SaveScheme: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "export:plain",
                 *       "scheme": "export-json",
                 *       "config": {
                 *         "format": "json",
                 *         "charset": "UTF-8"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["R2SchemeInput"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Scheme"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description ACCESS_DENIED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
        };
    };
    ribbon2GetScheme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Import or export. */
                type: "import" | "export" | "IMPORT" | "EXPORT";
                /** @description The protocol. */
                protocol: string;
                /** @description The scheme name. */
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Scheme"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description ACCESS_DENIED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
        };
    };
    ribbon2DeleteScheme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Import or export. */
                type: "import" | "export" | "IMPORT" | "EXPORT";
                /** @description The protocol. */
                protocol: string;
                /** @description The scheme name. */
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Raw status 200, no body */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description ACCESS_DENIED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
        };
    };
    ribbon2AssignExportScheme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The protocol. */
                protocol: string;
                /** @description The scheme name. */
                name: string;
                /** @description Full name of the directory. */
                dir: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Raw status 200, no body */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description ACCESS_DENIED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
        };
    };
    ribbon2DismissExportScheme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The protocol. */
                protocol: string;
                /** @description The scheme name. */
                name: string;
                /** @description Full name of the directory. */
                dir: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Raw status 200, no body */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description ACCESS_DENIED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
        };
    };
    ribbon2ListOutboxFiles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The protocol. */
                protocol: string;
                /** @description The scheme name. */
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string[];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description ACCESS_DENIED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
        };
    };
    ribbon2GetOutboxFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The protocol. */
                protocol: string;
                /** @description The scheme name. */
                name: string;
                /** @description A file name from the outbox list. */
                file: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Message"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description ACCESS_DENIED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
        };
    };
    ribbon2ImportDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The protocol. */
                protocol: string;
                /** @description The scheme name. */
                name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "header": "Imported message",
                 *       "content": "Text of the imported document",
                 *       "tags": [
                 *         "import"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["R2ImportDocument"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Message"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description ACCESS_DENIED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["R2Error"];
                };
            };
        };
    };
    atriumGetServiceInfo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Service information */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceInfo"];
                };
            };
        };
    };
}
