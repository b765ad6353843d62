// The relationships board: drag a card onto another column to move it. The drop only fills the
// card's own form (stage select) and submits it, so drag-and-drop and the keyboard form take the
// same path: htmx posts the form with the version the card was read at, and the board answers.
(function () {
  'use strict';

  var dragged = null;

  document.addEventListener('dragstart', function (event) {
    var card = event.target.closest ? event.target.closest('.board__card[draggable="true"]') : null;
    if (!card) {
      return;
    }
    dragged = card;
    card.classList.add('board__card--dragging');
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData('text/plain', card.getAttribute('data-id'));
  });

  document.addEventListener('dragend', function () {
    if (dragged) {
      dragged.classList.remove('board__card--dragging');
    }
    dragged = null;
    document.querySelectorAll('.board__column--over').forEach(function (column) {
      column.classList.remove('board__column--over');
    });
  });

  function columnOf(event) {
    return event.target.closest ? event.target.closest('.board__column') : null;
  }

  document.addEventListener('dragover', function (event) {
    var column = columnOf(event);
    if (!column || !dragged) {
      return;
    }
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    column.classList.add('board__column--over');
  });

  document.addEventListener('dragleave', function (event) {
    var column = columnOf(event);
    if (column && !column.contains(event.relatedTarget)) {
      column.classList.remove('board__column--over');
    }
  });

  document.addEventListener('drop', function (event) {
    var column = columnOf(event);
    if (!column || !dragged) {
      return;
    }
    event.preventDefault();
    var card = dragged;
    dragged = null;
    column.classList.remove('board__column--over');
    var stage = column.getAttribute('data-stage');
    var form = card.querySelector('form.board__move');
    var select = form ? form.querySelector('select[name="stage"]') : null;
    if (!form || !select || select.value === stage) {
      return;
    }
    select.value = stage;
    if (form.requestSubmit) {
      form.requestSubmit();
    } else {
      form.submit();
    }
  });
})();
