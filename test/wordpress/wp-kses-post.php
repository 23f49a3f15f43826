<?php
// What WordPress keeps of a post written by an Author (no unfiltered_html):
// wp_kses_post over standard input.
require __DIR__ . '/wordpress.php';
echo wp_kses_post(stream_get_contents(STDIN));
