// Writes src/main/resources/META-INF/resources/icons/app-icons.svg: one <symbol> for each constant of
// AppIcon.java, taken from the Vaadin Icons set (@vaadin/icons, Apache License 2.0). Run it with Node from the
// project folder after adding an icon: node frontend/icon-sprite.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const enumSource = readFileSync('src/main/java/app/backcoach/base/ui/AppIcon.java', 'utf8');
const start = enumSource.indexOf('public enum AppIcon {');
const body = enumSource.slice(start, enumSource.indexOf(';', start));
const names = [...body.matchAll(/^\s+([A-Z][A-Z0-9_]*)\s*[,;]?\s*$/gm)].map(m => m[1].toLowerCase().replaceAll('_', '-'));
const iconset = readFileSync('node_modules/@vaadin/icons/vaadin-iconset.js', 'utf8');

const symbols = names.map(name => {
  const shape = new RegExp(`<g id="vaadin:${name}">(.*?)</g>`).exec(iconset);
  if (!shape) {
    throw new Error(`no icon "vaadin:${name}" in @vaadin/icons`);
  }
  return `<symbol id="${name}" viewBox="0 0 16 16">${shape[1]}</symbol>`;
});
writeFileSync('src/main/resources/META-INF/resources/icons/app-icons.svg',
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16">\n'
    + '<!-- Vaadin Icons, Copyright (c) Vaadin Ltd., Apache License 2.0; made by frontend/icon-sprite.mjs -->\n'
    + symbols.join('\n') + '\n</svg>\n');
console.log(`${names.length} icons written`);
