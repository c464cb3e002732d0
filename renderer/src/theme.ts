import { createTheme } from '@mantine/core';

/** Plain, readable defaults for long office days: larger base text, calm blue. */
export const theme = createTheme({
  primaryColor: 'blue',
  fontFamily: 'system-ui, "Segoe UI", Roboto, Arial, sans-serif',
  defaultRadius: 'sm',
  fontSizes: { xs: '12px', sm: '14px', md: '15px', lg: '17px', xl: '20px' },
  components: {
    Table: { defaultProps: { verticalSpacing: 6, highlightOnHover: true } },
    // Vietnamese words in capitals lose their readability in small badges: keep the case as written.
    Badge: { styles: { root: { textTransform: 'none', fontWeight: 600 } } },
  },
});
