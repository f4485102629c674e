/* The API tokens page: where keyboard focus goes after an ajax update, and the copy button. */
var ascentTokens = {
  afterCreate: function (args) {
    var target = args && args.validationFailed ? 'tokens:name' : 'secret';
    var field = document.getElementById(target);
    if (field) {
      field.focus();
    }
  },
  afterRevoke: function () {
    // The button that had focus is gone: continue from the list's heading, right after the message.
    var heading = document.getElementById('list-heading');
    if (heading) {
      heading.focus();
    }
  },
  copy: function () {
    var field = document.getElementById('secret');
    var status = document.getElementById('copy-status');
    var done = function () { status.textContent = 'Copied to the clipboard.'; };
    var manual = function () {
      field.focus();
      field.select();
      status.textContent = 'Selected: press Ctrl+C (or Cmd+C) to copy.';
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(field.value).then(done, manual);
    } else {
      field.select();
      try {
        if (document.execCommand('copy')) { done(); } else { manual(); }
      } catch (e) {
        manual();
      }
    }
  }
};

/* Wired here, not in onclick/onfocus attributes: the page's Content-Security-Policy runs no inline script.
   Delegated from the document, since the secret's panel is replaced by ajax updates. */
document.addEventListener('click', function (e) {
  if (e.target.closest && e.target.closest('#copy')) { ascentTokens.copy(); }
});
document.addEventListener('focusin', function (e) {
  if (e.target.id === 'secret') { e.target.select(); }
});
