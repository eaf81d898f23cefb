// What other features may use of this one; everything else in this folder is its own business.
export { TalksSection } from './TalksSection.tsx';
