/**
 * Loads every process implementation and the schedulers' periodic job (their modules register themselves),
 * for the routes and the `scheduled` handler (src/index.ts).
 */
import '../erp/processes/documents';
import '../erp/processes/invoices';
import '../erp/processes/print';
import '../erp/processes/reports';
import './cleanup';
import './scheduler-runs';
