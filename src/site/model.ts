/** What pages import: the site model, computed once per process by the pipeline. */
export { getSiteModelOnce as getSiteModel } from '../pipeline/run.ts';
export type { EntryView, OrganisationView, SiteModel, SpecFile, TopicView } from './build-model.ts';
