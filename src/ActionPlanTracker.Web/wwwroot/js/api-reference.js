// Starts the API reference (Scalar, served by the application from its package) on the page's #app element, with the
// configuration the page carries: kept in a file so the Content-Security-Policy needs no inline script.
const app = document.getElementById('app');
window.Scalar.createApiReference('#app', JSON.parse(app.dataset.configuration));
