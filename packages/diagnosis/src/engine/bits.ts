/**
 * Index of the lowest set bit of a 32-bit mask. Clearing it (`mask &= mask - 1`) and repeating
 * visits the set bits in ascending index order, which is how vocabularies and families are kept.
 */
export function lowestBit(mask: number): number {
  return 31 - Math.clz32(mask & -mask);
}
