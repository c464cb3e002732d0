import { Center, Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { vi } from '../../locale/vi';

/** The centred card of the sign-in, first-run and password screens. */
export function AuthFrame(props: { title: string; intro?: string; width?: number; children: ReactNode }) {
  return (
    <Center mih="100vh" bg="gray.0" p="lg">
      <Paper withBorder shadow="sm" p="xl" maw={props.width ?? 460} w="100%">
        <Text fw={700} c="blue.8" mb={4}>
          {vi.app.name}
        </Text>
        <Title order={2} mb={props.intro ? 4 : 'lg'}>
          {props.title}
        </Title>
        {props.intro ? (
          <Text c="dimmed" mb="lg">
            {props.intro}
          </Text>
        ) : null}
        {props.children}
      </Paper>
    </Center>
  );
}
