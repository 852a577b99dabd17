// node-postgres's own conversion of a parameter to the text it sends (pg/lib/utils.js).
declare module 'pg/lib/utils.js' {
  export function prepareValue(value: unknown): unknown;
}
