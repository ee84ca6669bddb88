// Render JSON Resume files to HTML with installed theme packages.
// make.py copies this file next to the node_modules folder that holds the themes.
// usage: node render.mjs THEME_PACKAGE resume.json out.html
import fs from 'node:fs';
const [, , themeName, input, output] = process.argv;
const mod = await import(themeName);
const theme = mod.render ? mod : mod.default;
const resume = JSON.parse(fs.readFileSync(input, 'utf8'));
const html = await theme.render(resume);
fs.writeFileSync(output, html);
console.log(`${themeName}: ${input} -> ${output}`);
