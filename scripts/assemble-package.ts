// After `vite build` wrote dist/assets: complete dist/ as a Zendesk app folder.
import { assemblePackage } from './lib/assemble';

assemblePackage();
console.log('dist/ is a Zendesk app folder: manifest.json, translations/, assets/');
