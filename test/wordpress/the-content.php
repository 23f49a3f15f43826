<?php
// What WordPress does to a post's content when a reader sees it: the default
// 'the_content' filters that run without a database — wptexturize, wpautop and
// shortcode_unautop, in WordPress's order — over standard input. (convert_smilies,
// between them, reads the use_smilies option from the database; it skips <script>
// as wptexturize is meant to.) The translation functions wptexturize calls answer
// as an English site's do: with the text they are given.
require __DIR__ . '/wordpress.php';
require_once ABSPATH . WPINC . '/shortcodes.php';
if (!function_exists('_x')) {
    function _x($text, $context, $domain = 'default') { return $text; }
}
if (!function_exists('__')) {
    function __($text, $domain = 'default') { return $text; }
}
$content = stream_get_contents(STDIN);
$content = wptexturize($content);
$content = wpautop($content);
$content = shortcode_unautop($content);
echo $content;
