/** The inspectors area's public surface: what other areas (and, for *.shared files, the renderer) may use. */
export * from './certificate.shared';
export { columnsOf } from './store';
export { INSPECTOR_TEMPLATE } from './template';
