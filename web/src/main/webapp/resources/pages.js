/* Where keyboard focus goes after an ajax form on the people pages: back to the first invalid
   field when the server refused the input, else to what the update is about (a message or a
   heading with tabindex=-1), so focus is never left on an element that was replaced. */
var ascentPages = {
  afterSubmit: function (args, target) {
    var invalid = document.querySelector('[aria-invalid="true"]');
    var failed = args && args.validationFailed;
    var element = failed && invalid ? invalid : document.getElementById(target);
    if (!element && failed) {
      element = document.querySelector('.ui-messages-error');
    }
    if (element) {
      if (!/^(INPUT|A|BUTTON|SELECT|TEXTAREA)$/.test(element.tagName) && !element.hasAttribute('tabindex')) {
        element.setAttribute('tabindex', '-1');
      }
      element.focus();
    }
  }
};
