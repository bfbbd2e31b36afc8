// Turns cloaked e-mail addresses ("name [at] example [dot] org") back into ordinary mailto links.
document.querySelectorAll('a.email[data-cloak]').forEach(function (link) {
    var address = atob(link.getAttribute('data-cloak')).split('').reverse().join('');
    link.href = 'mailto:' + address;
    link.textContent = address;
});
