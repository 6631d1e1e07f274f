// The NHS.UK components' behaviour (menus, skip link), started as nhsuk-frontend's page template
// does, from a file: the Content-Security-Policy allows no inline script.
import { initAll } from '/nhsuk/nhsuk-frontend.min.js';

document.body.classList.add('js-enabled', 'nhsuk-frontend-supported');
initAll();
