export { organizationKey, personKey, personName, resolveActors, samePerson } from "./actors.js";
export { addToStories, fuseEvents, mergeStories, scorePair } from "./fuse.js";
