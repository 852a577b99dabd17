/** The patient portal's pages, in the order a runner uses them. */
export const portalNav = [
  { href: '/portal', label: 'Home' },
  { href: '/portal/plan', label: 'My plan' },
  { href: '/portal/progress', label: 'Progress' },
  { href: '/portal/book', label: 'Book' },
  { href: '/portal/intake', label: 'Intake' },
  { href: '/portal/access', label: 'Record access' },
];
