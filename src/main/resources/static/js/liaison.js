// Liaison page scripts. Loaded from a file after htmx (both deferred), so a strict Content
// Security Policy needs no inline script, no eval and no inline style.
(function () {
  'use strict';

  // htmx: no inline indicator styles (liaison.css has them), no eval, no scripts in swapped
  // content; validation (422) and stale-edit (409) answers are fragments to show in place.
  if (window.htmx) {
    var config = window.htmx.config;
    config.includeIndicatorStyles = false;
    config.allowEval = false;
    config.allowScriptTags = false;
    config.historyRestoreAsHxRequest = false;
    config.responseHandling = [
      { code: '204', swap: false },
      { code: '[23]..', swap: true },
      { code: '422', swap: true, error: false },
      { code: '409', swap: true, error: false },
      { code: '503', swap: true, error: false }, // a write during maintenance: the server retargets its notice
      { code: '[45]..', swap: false, error: true },
      { code: '...', swap: false }
    ];
  }

  function meta(name) {
    var element = document.querySelector('meta[name="' + name + '"]');
    return element ? element.getAttribute('content') : null;
  }

  // Every htmx request carries the CSRF token as a header, as Spring Security expects.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = meta('_csrf');
    var header = meta('_csrf_header');
    if (token && header) {
      event.detail.headers[header] = token;
    }
  });

  // An htmx request whose session expired ends on the sign-in page: go there as a whole page
  // instead of swapping the sign-in form into a fragment.
  document.addEventListener('htmx:beforeSwap', function (event) {
    var xhr = event.detail.xhr;
    if (!xhr || !xhr.responseURL) {
      return;
    }
    var url = new URL(xhr.responseURL, window.location.href);
    if (url.pathname.endsWith('/login') && url.pathname !== window.location.pathname) {
      event.detail.shouldSwap = false;
      window.location.assign(url.href);
    }
  });

  // Loading state: a bar under the header while any request runs, announced once to screen readers.
  var running = 0;
  function status(text) {
    var element = document.querySelector('.loading');
    if (element) {
      element.textContent = text;
    }
  }
  document.addEventListener('htmx:beforeRequest', function () {
    running += 1;
    document.documentElement.classList.add('is-loading');
    var element = document.querySelector('.loading');
    if (element) {
      status(element.getAttribute('data-loading-text') || '');
    }
  });
  document.addEventListener('htmx:afterRequest', function () {
    running = Math.max(0, running - 1);
    if (running === 0) {
      document.documentElement.classList.remove('is-loading');
      status('');
    }
  });

  // Name tables: "Add a name" copies the template row with the next index.
  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-add-row]');
    if (!button) {
      return;
    }
    var property = button.getAttribute('data-add-row');
    var rows = document.getElementById(property + '-rows');
    var template = document.getElementById(property + '-row');
    if (!rows || !template) {
      return;
    }
    var index = String(rows.rows.length);
    var row = template.content.firstElementChild.cloneNode(true);
    row.querySelectorAll('input').forEach(function (input) {
      input.name = input.name.replace('ROWINDEX', index);
      if (input.type === 'radio') {
        input.value = input.value.replace('ROWINDEX', index);
      }
    });
    rows.appendChild(row);
    var first = row.querySelector('input[type="text"]');
    if (first) {
      first.focus();
    }
  });
})();
