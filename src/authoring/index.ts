import Glossary from '../glossary/Glossary.astro';
import TabItem from './TabItem.astro';
import Tabs from './Tabs.astro';
import type { UserComponentName } from './names';

/**
 * The components authors may use in a chapter without importing them. The
 * layouts hand this map to every chapter's `<Content>`, and
 * `remarkUserComponents` fails the build on any other component name.
 */
export const userComponents = { Glossary, Tabs, TabItem } satisfies Record<UserComponentName, unknown>;
