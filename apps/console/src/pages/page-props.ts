/** What every page component receives from the route table (its own file: pages and the registry both need it, without importing each other). */
export interface PageProps {
  /** may the user change data on this page (show create/edit)? */
  write: boolean;
}
