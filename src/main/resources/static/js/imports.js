// Import page: the progress bar and counts follow the server-sent events of the import.
(function () {
  'use strict';

  function start() {
    var section = document.getElementById('import-progress-section');
    if (!section || !window.EventSource) {
      return;
    }
    var url = section.getAttribute('data-progress-url');
    var status = document.getElementById('import-live-status');
    if (!url || !status) {
      return;
    }
    var source = new EventSource(url);
    function set(id, value) {
      var element = document.getElementById(id);
      if (element) {
        element.textContent = String(value);
      }
    }
    source.addEventListener('progress', function (event) {
      var job = JSON.parse(event.data);
      document.getElementById('import-progress').value = job.percent;
      set('import-percent', job.percent);
      set('import-done', job.rowsDone);
      set('import-created', job.counts.created);
      set('import-updated', job.counts.updated);
      set('import-unchanged', job.counts.unchanged);
      set('import-duplicates', job.counts.duplicates);
      set('import-bad', job.counts.bad);
      set('import-people', job.counts.people);
      var label = status.getAttribute('data-' + job.status);
      if (label) {
        status.textContent = label;
      }
      status.setAttribute('data-status', job.status);
      if (job.status === 'done' || job.status === 'failed') {
        source.close();
        var report = document.getElementById('import-report');
        if (report) {
          report.hidden = false;
        }
      }
    });
    source.addEventListener('error', function () {
      // the browser reconnects by itself; a finished import closes the stream from the server
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
