/** Said on the admin screen and in every licensed instrument: we ship numbers, never wording. */
export const LICENSED_WORDING_NOTE =
  'Item wording is not shipped: the licence holders have not granted us the right to ' +
  'distribute it. The clinic pastes the licensed text in the admin area; Stride stores only ' +
  'item ids, response ranges and the scoring rule.';
