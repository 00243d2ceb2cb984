import { PageHeader } from '../ui/PageHeader.js';
import { ButtonLink } from '../ui/ButtonLink.js';

export function NotFoundPage() {
  return (
    <>
      <PageHeader title="Page not found" description="This address does not lead to a page." />
      <ButtonLink to="/" variant="primary">
        Go to Home
      </ButtonLink>
    </>
  );
}
