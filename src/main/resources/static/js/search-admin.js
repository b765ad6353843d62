// Search index page: the progress bars follow the server-sent events of a running rebuild. The
// Rebuild button swaps in a fresh progress section (htmx); then the events are followed again.
(function () {
  'use strict';

  var source = null;

  function set(id, value) {
    var element = document.getElementById(id);
    if (element) {
      element.textContent = String(value);
    }
  }

  function show(rebuild) {
    var bar = document.getElementById('search-progress');
    if (bar) {
      bar.value = rebuild.percent;
    }
    set('search-percent', rebuild.percent);
    rebuild.indexes.forEach(function (index) {
      var typeBar = document.getElementById('search-progress-' + index.entity);
      if (typeBar) {
        typeBar.value = index.percent;
      }
      set('search-done-' + index.entity, index.done);
      set('search-total-' + index.entity, index.total);
      var row = document.getElementById('search-index-' + index.entity);
      if (row && index.indexed !== null && index.database !== null) {
        row.querySelector('.search-indexed').textContent = String(index.indexed);
        row.querySelector('.search-database').textContent = String(index.database);
      }
    });
    var state = document.getElementById('search-state');
    if (state) {
      var label = state.getAttribute('data-' + rebuild.state);
      if (label) {
        state.textContent = label;
      }
      state.setAttribute('data-state', rebuild.state);
    }
  }

  function start() {
    var section = document.getElementById('search-rebuild');
    if (!section || !window.EventSource || section.getAttribute('data-state') !== 'running') {
      return;
    }
    var url = section.getAttribute('data-progress-url');
    if (!url) {
      return;
    }
    if (source) {
      source.close();
    }
    var stream = new EventSource(url);
    source = stream;
    stream.addEventListener('progress', function (event) {
      var rebuild = JSON.parse(event.data);
      show(rebuild);
      if (rebuild.state !== 'running') {
        // the server ends the stream after the last event; do not let the browser reconnect
        stream.close();
        var button = document.getElementById('search-rebuild-button');
        var label = button && button.getAttribute('data-rebuild');
        if (label) {
          button.textContent = label;
        }
      }
    });
    stream.addEventListener('error', function () {
      // the browser reconnects by itself; a finished rebuild closes the stream from the server
    });
  }

  document.addEventListener('htmx:afterSettle', function () {
    start();
  });
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
