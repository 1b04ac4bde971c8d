/** The components a chapter may use without importing them (see ./index.ts). */
export const USER_COMPONENTS = ['Glossary', 'Tabs', 'TabItem'] as const;
export type UserComponentName = (typeof USER_COMPONENTS)[number];
