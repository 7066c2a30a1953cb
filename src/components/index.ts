// What MDX pages import: `import { Diagram, ExamTip, Changed } from '~/components';`
export { default as Changed } from './Changed.astro';
export { default as Diagram } from './Diagram.astro';
export { default as ExamTip } from './ExamTip.astro';
export { default as DomainPages } from './DomainPages.astro';
export { default as DomainList } from './DomainList.astro';
export { default as DomainTasks } from './DomainTasks.astro';
