import { Alert } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { vi } from '../locale/vi';
import { PageHeader } from './PageHeader';

/** What a screen that has not been built yet shows: said plainly, nothing pretending to work. */
export function NotBuiltScreen(props: { title: string }) {
  return (
    <>
      <PageHeader title={props.title} />
      <Alert icon={<IconInfoCircle />} title={vi.app.notBuiltTitle} color="gray" variant="light" maw={640}>
        {vi.app.notBuiltBody}
      </Alert>
    </>
  );
}
