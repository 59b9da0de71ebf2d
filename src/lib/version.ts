/** The service's name and version: answered by `GET /`, the OpenAPI document and DATAGERRY's system pages. */
export const APP_NAME = 'Atrium';
export const APP_VERSION = '0.1.0';
