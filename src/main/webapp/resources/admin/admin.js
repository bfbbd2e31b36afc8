// The newsroom's behaviour lives in this file and no other place: its Content-Security-Policy runs no script
// written into a page by us (no <script> in a view, no on* attribute). A control that needs script says so
// with a data-barta-* attribute, and a listener here, on the document, acts on it: such listeners also serve
// controls that an Ajax update draws anew.

// Puts an image from the media library into the rich text at the cursor, with its description as alt text.
function bartaInsertImage(language) {
    var source = PF('image_' + language).getSelectedValue();
    if (!source) {
        return;
    }
    var alt = document.getElementById('editor:languages:imageAlt_' + language).value || '';
    var quill = PF('body_' + language).editor;
    var range = quill.getSelection(true);
    var image = document.createElement('img');
    image.setAttribute('src', source);
    image.setAttribute('alt', alt);
    quill.clipboard.dangerouslyPasteHTML(range ? range.index : quill.getLength(), image.outerHTML, 'user');
}

// The "insert image" button of each language (item.xhtml): data-barta-insert-image names its language.
document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('[data-barta-insert-image]');
    if (button) {
        bartaInsertImage(button.getAttribute('data-barta-insert-image'));
    }
});

// PrimeFaces gives a rich-text editor role="textbox" but no name, and a <label for> cannot name a div: each editor
// takes the name of its p:outputLabel, again whenever an Ajax update has drawn it anew.
function bartaNameEditors() {
    document.querySelectorAll('.ui-texteditor').forEach(function (editor) {
        var label = document.querySelector('label[for="' + editor.id + '"], label[for="' + editor.id + '_input"]');
        if (label && label.id) {
            editor.setAttribute('aria-labelledby', label.id);
        }
    });
}
bartaNameEditors();
if (window.jQuery) {
    jQuery(document).on('pfAjaxComplete', bartaNameEditors);
}

// Quill makes its text area only when the editor's tab is first shown, unnamed, and its Tab key inserts a tab
// character, so keyboard users could not leave it. On first focus the area takes the editor's name and Tab moves
// on to the next control again (the toolbar indents lists).
document.addEventListener('focusin', function (event) {
    var area = event.target;
    if (!area.classList || !area.classList.contains('ql-editor') || area.hasAttribute('data-barta-ready')) {
        return;
    }
    var editor = area.closest('.ui-texteditor');
    area.setAttribute('role', 'textbox');
    area.setAttribute('aria-multiline', 'true');
    if (editor && editor.hasAttribute('aria-labelledby')) {
        area.setAttribute('aria-labelledby', editor.getAttribute('aria-labelledby'));
    }
    var quill = window.Quill && Quill.find(area.parentNode);
    if (quill && quill.keyboard) {
        delete quill.keyboard.bindings.Tab;
    }
    area.setAttribute('data-barta-ready', 'true');
});
