import { fileURLToPath } from 'node:url';

// Plugins resolve from this package, so every workspace can use the config without its own copy.
const plugin = (name) => fileURLToPath(import.meta.resolve(name));

/** House formatting: sorted imports, Tailwind classes in canonical order. */
export default {
  printWidth: 100,
  singleQuote: true,
  trailingComma: 'all',
  plugins: [plugin('@ianvs/prettier-plugin-sort-imports'), plugin('prettier-plugin-tailwindcss')],
  tailwindStylesheet: './apps/web/src/app/globals.css',
  importOrder: [
    '<TYPES>',
    '<BUILTIN_MODULES>',
    '<THIRD_PARTY_MODULES>',
    '',
    '<TYPES>^@stride',
    '^@stride/(.*)$',
    '',
    '<TYPES>^[.]',
    '^[.]',
  ],
  tailwindFunctions: ['cn', 'cva'],
};
