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
