// Engagement pages: participants picked from the directory become rows of the form, and the
// calendar URL is copied with one click. A file, not an inline script, for the CSP.
(function () {
  'use strict';

  // A pick in a directory picker ("partnerPick" or "hubPick") adds a participant row with that
  // organization on the picker's side, unless it is already listed; the picker is then cleared.
  // A pick in a people picker (radio marked data-participant-type="person") adds a person instead.
  document.addEventListener('change', function (event) {
    var radio = event.target;
    if (!radio || radio.type !== 'radio') {
      return;
    }
    var picker = radio.closest('[data-participant-side]');
    var rows = document.getElementById('participants-rows');
    var template = document.getElementById('participant-row');
    if (!picker || !rows || !template) {
      return;
    }
    var id = radio.value;
    var type = radio.getAttribute('data-participant-type') === 'person' ? 'person' : 'organization';
    var other = type === 'person' ? 'organization' : 'person';
    var label = radio.closest('label');
    var nameElement = label ? label.querySelector('.choice__name') : null;
    var name = nameElement ? nameElement.textContent.trim() : id;
    var known = Array.prototype.some.call(rows.querySelectorAll('input[type="hidden"][name$=".' + type + '"]'),
      function (input) { return input.value === id; });
    if (!known) {
      var index = String(rows.rows.length);
      var row = template.content.firstElementChild.cloneNode(true);
      row.querySelectorAll('[name]').forEach(function (input) {
        input.name = input.name.replace('ROWINDEX', index);
      });
      var idInput = row.querySelector('[data-participant="' + type + '"]');
      idInput.disabled = false;
      idInput.value = id;
      var otherInput = row.querySelector('[data-participant="' + other + '"]');
      otherInput.disabled = true;
      otherInput.value = '';
      row.querySelector('[data-participant="name"]').value = name;
      row.querySelector('[data-participant="label"]').textContent = name;
      row.querySelector('[data-participant="side"]').value = picker.getAttribute('data-participant-side');
      rows.appendChild(row);
    }
    var choices = picker.querySelector('.picker__choices');
    if (choices) {
      choices.innerHTML = '';
    }
    var search = picker.querySelector('input[type="search"]');
    if (search) {
      search.value = '';
      search.focus();
    }
  });

  // "Copy": puts the value of the element named by data-copy-target on the clipboard.
  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-copy-target]');
    if (!button) {
      return;
    }
    var field = document.getElementById(button.getAttribute('data-copy-target'));
    if (!field) {
      return;
    }
    field.select();
    var done = function () {
      var copied = button.getAttribute('data-copied-text');
      if (copied) {
        button.textContent = copied;
      }
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(field.value).then(done, function () { document.execCommand('copy'); done(); });
    } else {
      document.execCommand('copy');
      done();
    }
  });
})();
