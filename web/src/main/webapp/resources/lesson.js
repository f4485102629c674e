/*
 * The unit page: a lesson counts as read when its end comes into view. The end marker carries the
 * API address to tell (PUT …/units/{unitKey}/progress) and whether it is read already; the server
 * keeps the first time only, so telling it twice changes nothing.
 */
(function () {
  var end = document.getElementById('unit-lesson-end');
  if (!end || end.getAttribute('data-read') === 'true' || !window.fetch) {
    return;
  }
  var sent = false;
  var status = document.getElementById('unit-read-status');
  var markRead = function () {
    if (sent) {
      return;
    }
    sent = true;
    fetch(end.getAttribute('data-progress-url'), {
      method: 'PUT',
      credentials: 'same-origin',
      headers: { 'Accept': 'application/json' }
    }).then(function (response) {
      if (!response.ok) {
        sent = false;
        return;
      }
      end.setAttribute('data-read', 'true');
      if (status) {
        status.textContent = 'You have read this lesson. Well done!';
      }
      var button = document.getElementById('reading:mark-read');
      if (button) {
        button.parentNode.removeChild(button);
      }
    }, function () {
      sent = false;
    });
  };
  if (!('IntersectionObserver' in window)) {
    return; // the "Mark as read" button still works
  }
  var observer = new IntersectionObserver(function (entries) {
    entries.forEach(function (entry) {
      if (entry.isIntersecting) {
        observer.disconnect();
        markRead();
      }
    });
  });
  observer.observe(end);
})();
