import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: [
      '.next/**',
      '.next-*/**',
      'out/**',
      '.publish/**',
      '.out-*/**',
      'public/js/**',
      'node_modules/**',
      'next-env.d.ts',
      'public/img/**',
      'reports/**',
      'test-results/**',
    ],
  },
];

export default config;
