/**
 * The stylesheet of the public offers pages, served as a file (/offres/offres.css) so that the pages'
 * Content-Security-Policy allows styles from 'self' only, no inline style. Colours checked for contrast
 * (WCAG AA, RGAA 3.2): text #1b1b1b and links #00539f on white, white on #00539f, errors #b3261e.
 */
export const OFFERS_CSS = `
:root { --ink: #1b1b1b; --muted: #4a4a4a; --brand: #00539f; --brand-dark: #003b73; --line: #c9ccd1; --soft: #f2f5f9; --error: #b3261e; --ok: #1e6b34; }
*, *::before, *::after { box-sizing: border-box; }
html { font-size: 100%; }
body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; line-height: 1.5; }
a { color: var(--brand); text-underline-offset: 0.15em; }
a:hover { color: var(--brand-dark); }
:focus-visible { outline: 3px solid #e07b00; outline-offset: 2px; }
.skip { position: absolute; left: 0.5rem; top: -3rem; background: var(--brand); color: #fff; padding: 0.5rem 1rem; z-index: 10; border-radius: 0 0 0.25rem 0.25rem; }
.skip:focus { top: 0; color: #fff; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
header.site { background: var(--brand); color: #fff; }
header.site .inner, main, footer.site .inner { max-width: 62rem; margin: 0 auto; padding: 0 1rem; }
header.site .inner { display: flex; flex-wrap: wrap; gap: 0.25rem 1.5rem; align-items: baseline; padding-top: 0.9rem; padding-bottom: 0.9rem; }
header.site a { color: #fff; text-decoration: none; font-weight: 700; font-size: 1.15rem; }
header.site a:hover { text-decoration: underline; }
header.site p { margin: 0; font-size: 0.95rem; }
main { padding-top: 1.25rem; padding-bottom: 3rem; }
h1 { font-size: 1.75rem; line-height: 1.25; margin: 0.5rem 0 1rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 0.75rem; }
h3 { font-size: 1.1rem; margin: 0 0 0.25rem; }
.breadcrumb { font-size: 0.95rem; margin: 0; }
.breadcrumb ol { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 0.25rem; }
.breadcrumb li + li::before { content: "›"; margin-right: 0.25rem; color: var(--muted); }
form.filters { display: flex; flex-wrap: wrap; gap: 0.75rem 1rem; align-items: flex-end; background: var(--soft); padding: 1rem; border-radius: 0.5rem; margin-bottom: 1.25rem; }
form.filters .field { display: flex; flex-direction: column; min-width: 12rem; flex: 1 1 12rem; }
label, .label { font-weight: 600; }
select, input[type=text], input[type=email], input[type=tel], textarea { font: inherit; color: var(--ink); border: 1px solid #6b6f76; border-radius: 0.25rem; padding: 0.5rem 0.6rem; background: #fff; width: 100%; }
textarea { min-height: 8rem; resize: vertical; }
input[type=file] { font: inherit; max-width: 100%; }
button, .button { font: inherit; font-weight: 600; background: var(--brand); color: #fff; border: 2px solid var(--brand); border-radius: 0.25rem; padding: 0.55rem 1.1rem; cursor: pointer; text-decoration: none; display: inline-block; }
button:hover, .button:hover { background: var(--brand-dark); border-color: var(--brand-dark); color: #fff; }
.button.secondary { background: #fff; color: var(--brand); }
.count { color: var(--muted); margin: 0 0 1rem; }
ul.offers { list-style: none; padding: 0; margin: 0; display: grid; gap: 0.75rem; }
ul.offers li { border: 1px solid var(--line); border-radius: 0.5rem; padding: 0.9rem 1rem; }
ul.offers li:hover { border-color: var(--brand); }
ul.offers h2 { font-size: 1.15rem; margin: 0 0 0.35rem; }
.meta { margin: 0; color: var(--muted); display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; }
.meta dt { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.meta dd { margin: 0; }
.tag { display: inline-block; background: var(--soft); border: 1px solid var(--line); border-radius: 1rem; padding: 0 0.6rem; font-size: 0.9rem; color: var(--ink); }
nav.pages ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.5rem; margin: 1.5rem 0 0; }
nav.pages a, nav.pages span { display: inline-block; padding: 0.35rem 0.75rem; border: 1px solid var(--line); border-radius: 0.25rem; }
nav.pages [aria-current] { background: var(--brand); color: #fff; border-color: var(--brand); font-weight: 700; }
.empty { background: var(--soft); padding: 1.25rem; border-radius: 0.5rem; }
.layout { display: grid; gap: 1.5rem; grid-template-columns: minmax(0, 1fr); }
@media (min-width: 56rem) { .layout { grid-template-columns: minmax(0, 2fr) minmax(16rem, 1fr); } }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.4rem 1rem; margin: 0; padding: 1rem; background: var(--soft); border-radius: 0.5rem; }
.facts dt { font-weight: 600; }
.facts dd { margin: 0; }
.text p { margin: 0 0 0.75rem; white-space: pre-line; }
figure.map { margin: 0; }
figure.map svg { width: 100%; height: auto; display: block; }
figure.map figcaption { font-size: 0.85rem; color: var(--muted); }
.map path { fill: #dfe4ea; stroke: #fff; stroke-width: 0.6; }
.map path.here { fill: var(--brand); }
section.apply { border-top: 2px solid var(--line); margin-top: 2rem; }
form.apply { display: grid; gap: 1rem; max-width: 40rem; }
form.apply .field { display: flex; flex-direction: column; gap: 0.25rem; }
.hint { color: var(--muted); font-size: 0.95rem; margin: 0; }
.error-text { color: var(--error); font-weight: 600; margin: 0; }
[aria-invalid=true] { border-color: var(--error); border-width: 2px; }
.consent { display: grid; grid-template-columns: auto 1fr; gap: 0.5rem; align-items: start; }
.consent input { width: 1.25rem; height: 1.25rem; margin-top: 0.2rem; }
.consent label { font-weight: 400; }
.summary { border: 3px solid var(--error); padding: 1rem; border-radius: 0.5rem; margin-bottom: 1rem; }
.summary h2 { margin-top: 0; color: var(--error); }
.notice { border-left: 6px solid var(--brand); background: var(--soft); padding: 1rem 1.25rem; border-radius: 0.25rem; }
.notice.ok { border-left-color: var(--ok); }
.trap { position: absolute; left: -10000px; width: 1px; height: 1px; overflow: hidden; }
footer.site { border-top: 1px solid var(--line); color: var(--muted); font-size: 0.9rem; }
footer.site .inner { padding-top: 1rem; padding-bottom: 2rem; }
`;
